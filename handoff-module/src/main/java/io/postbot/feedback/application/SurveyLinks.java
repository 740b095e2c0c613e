package io.postbot.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the survey link sent by e-mail: the token rides in the fragment, never in server logs. */
@ApplicationScoped
public class SurveyLinks {

  @Inject
  @ConfigProperty(name = "postbot.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  protected SurveyLinks() {}

  public SurveyLinks(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String link(String token) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return base + "survey/#" + token;
  }
}
