package com.nabaa.extract;

/** The input holds no article text that could be extracted (empty page, index page, error page). */
public final class NoArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    public NoArticleException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
