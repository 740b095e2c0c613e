package io.postbot.web.chat;

import io.postbot.chat.api.ChatFacade;
import io.postbot.chat.api.Transcript;
import io.postbot.shared.Jsonp;
import io.postbot.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's download of their chat: plain text, PDF or JSON, chosen by Accept. */
@Path("v1/conversations/{id}/transcript")
@RequestScoped
@Tag(name = "Conversations")
public class TranscriptResource {

  static final String PDF = "application/pdf";
  static final MediaType PDF_TYPE = new MediaType("application", "pdf");
  private static final List<MediaType> OFFERED =
      List.of(MediaType.TEXT_PLAIN_TYPE, PDF_TYPE, MediaType.APPLICATION_JSON_TYPE);

  @Inject ChatFacade chat;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "postbot.retention.bot-conversation", defaultValue = "P1M")
  String retention;

  @GET
  @Produces({MediaType.TEXT_PLAIN + ";charset=utf-8", PDF, MediaType.APPLICATION_JSON})
  @Operation(summary = "Download the conversation as text/plain, application/pdf or JSON")
  @APIResponse(responseCode = "200", description = "The transcript, as an attachment")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  @APIResponse(responseCode = "406", description = "None of the three formats is acceptable")
  public Response download(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    MediaType type = choose(headers.getAcceptableMediaTypes());
    Transcript transcript =
        chat.transcript(
            CustomerCredentials.conversation(id), CustomerCredentials.token(authorization));
    Language language = lang == null ? transcript.language() : Language.fromCode(lang);
    TranscriptWording words = TranscriptWording.of(language, retention);
    Instant now = clock.instant();
    String name = "postbot-chat-" + LocalDate.ofInstant(now, TranscriptWording.ZONE);
    Object body;
    if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
      body = TranscriptText.render(transcript, words, now);
      name += ".txt";
      type = MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8");
    } else if (type.isCompatible(PDF_TYPE)) {
      body = TranscriptPdf.render(words.title(), TranscriptText.lines(transcript, words, now));
      name += ".pdf";
    } else {
      body = json(transcript, words);
      name += ".json";
    }
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The first of our formats the client accepts, in the client's order of preference. */
  static MediaType choose(List<MediaType> acceptable) {
    for (MediaType accepted : acceptable) {
      for (MediaType offered : OFFERED) {
        if (accepted.isCompatible(offered)) {
          return offered;
        }
      }
    }
    throw new NotAcceptableException();
  }

  private static String json(Transcript transcript, TranscriptWording words) {
    JsonArrayBuilder messages = Jsonp.createArrayBuilder();
    for (MessageJson message : MessageJson.of(transcript.messages())) {
      messages.add(message.toJson());
    }
    return Jsonp.createObjectBuilder()
        .add("id", transcript.id().toString())
        .add("language", transcript.language().code())
        .add("legalBasis", transcript.legalBasis())
        .add("retention", words.header(transcript, transcript.lastActivityAt()).get(4))
        .add("startedAt", transcript.startedAt().toString())
        .add("ended", transcript.ended())
        .add("messages", messages)
        .build()
        .toString();
  }
}
