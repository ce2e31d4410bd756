package com.nabaa.push;

import java.util.Collection;

/** Hears of topics followed and unfollowed, so that the monitor matches exactly the stored topics. */
interface TopicListener {
    void followed(Topic topic);

    void unfollowed(Collection<Long> topicIds);
}
