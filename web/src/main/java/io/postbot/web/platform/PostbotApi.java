package io.postbot.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under /api; the customer API is versioned under /api/v1. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Postbot customer API",
            version = "1",
            description =
                "The chat widget's API: start a conversation, write to the bot, read the"
                    + " conversation. Conversation routes need `Authorization: Bearer <token>`;"
                    + " errors are RFC 9457 problem details."))
public class PostbotApi extends Application {}
