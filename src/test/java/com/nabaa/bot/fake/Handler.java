package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: the call's parameters to its result, or an error answer. */
@FunctionalInterface
interface Handler {
    JsonNode call(Params params) throws ApiError, InterruptedException;
}
