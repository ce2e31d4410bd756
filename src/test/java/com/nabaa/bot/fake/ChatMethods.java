package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** getChat, getChatMember, getChatAdministrators, getChatMemberCount. */
final class ChatMethods {
    private static final List<String> ADMIN_RIGHTS = List.of("can_manage_chat", "can_delete_messages",
            "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
            "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages");

    private final World world;

    ChatMethods(World world) {
        this.world = world;
    }

    void register(Map<String, Handler> into) {
        into.put("getChat", this::getChat);
        into.put("getChatMember", this::getChatMember);
        into.put("getChatAdministrators", this::getAdministrators);
        into.put("getChatMemberCount", p -> IntNode.valueOf(Math.max(2, world.chats.admins(chat(p).id()).size())));
    }

    private JsonNode getChat(Params p) throws ApiError {
        FakeChat chat = chat(p);
        return chat.json().put("accent_color_id", 0).put("max_reaction_count", 11);
    }

    private JsonNode getChatMember(Params p) throws ApiError {
        FakeChat chat = chat(p);
        long userId = p.requireLong("user_id");
        if (userId == world.options.botId()) {
            return member(world.options.botJson(), "member");
        }
        String status = world.chats.status(chat.id(), userId)
                .orElseThrow(() -> ApiError.badRequest("user not found"));
        FakeUser user = world.chats.member(chat.id(), userId).orElseThrow();
        return member(user.json(), status);
    }

    private JsonNode getAdministrators(Params p) throws ApiError {
        FakeChat chat = chat(p);
        if (chat.isPrivate()) {
            throw ApiError.badRequest("there are no administrators in the private chat");
        }
        ArrayNode admins = Json.MAPPER.createArrayNode();
        List<FakeUser> users = world.chats.admins(chat.id());
        for (int i = 0; i < users.size(); i++) {
            admins.add(member(users.get(i).json(), i == 0 ? "creator" : "administrator"));
        }
        return admins;
    }

    private FakeChat chat(Params p) throws ApiError {
        return world.chats.find(p.requireLong("chat_id")).orElseThrow(() -> ApiError.badRequest("chat not found"));
    }

    private static ObjectNode member(ObjectNode user, String status) {
        ObjectNode member = Json.object().put("status", status);
        member.set("user", user);
        if (status.equals("creator")) {
            member.put("is_anonymous", false);
        } else if (status.equals("administrator")) {
            member.put("can_be_edited", false).put("is_anonymous", false);
            ADMIN_RIGHTS.forEach(right -> member.put(right, true));
        }
        return member;
    }
}
