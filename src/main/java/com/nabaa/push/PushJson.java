package com.nabaa.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** Story alerts a digest reader collects, kept as JSON until the digest hour. */
final class PushJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule());

    private PushJson() {
    }

    static String write(PushMessage.StoryAlert alert) {
        try {
            return JSON.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the alert for story " + alert.storyKey(), e);
        }
    }

    static PushMessage.StoryAlert read(String json) {
        try {
            return JSON.readValue(json, PushMessage.StoryAlert.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a collected alert cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
