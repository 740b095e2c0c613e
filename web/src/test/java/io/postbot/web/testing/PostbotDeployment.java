package io.postbot.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as built by this module: the very WAR that ./postbot run deploys. */
public final class PostbotDeployment {

  private PostbotDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("postbot.war", "target/postbot.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn package): " + war);
    }
    // Deployed as ROOT.war, at "/", exactly as ./postbot run serves it.
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }
}
