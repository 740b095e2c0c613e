package io.postbot.web.cluster;

import io.postbot.shared.ApplicationStarted;
import io.postbot.web.platform.PostbotDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries live signals to every server. A signal is delivered on this server at once (as a CDI
 * event of its type, observed by the pushes to widgets and consoles) and, on PostgreSQL, sent with
 * pg_notify to the others, whose {@link ListenLoop} delivers it there. On H2 (one server) the bus
 * is the in-process event alone.
 */
@ApplicationScoped
public class LiveBus {

  private static final Logger LOG = Logger.getLogger(LiveBus.class.getName());

  @Inject Event<LiveSignal> local;

  /** The application's database (postbot.db.jndi-name): notifications go out on its pool. */
  @Inject PostbotDatabase database;

  /** Sends leave the committing thread: a request never waits for the other servers. */
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "postbot.db.url", defaultValue = "jdbc:h2:file:./data/postbot")
  String url;

  @Inject
  @ConfigProperty(name = "postbot.db.user", defaultValue = "postbot")
  String user;

  @Inject
  @ConfigProperty(name = "postbot.db.password", defaultValue = "postbot")
  String password;

  /** This server's name on the bus, new at every start; it names no person and no machine. */
  private final String origin = newOrigin();

  private volatile PgNotifier notifier;
  private ListenLoop loop;
  private Thread listener;

  void start(@Observes ApplicationStarted started) {
    DataSource dataSource = database.dataSource();
    if (!onPostgres(dataSource)) {
      return; // one server on H2: nothing to share
    }
    notifier = new PgNotifier(dataSource);
    // With postbot.db.url the listener has a connection of its own; on an application server's
    // JDBC resource (postbot.db.jndi-name) there is no URL to connect with, so it keeps one of the
    // resource's pooled connections for as long as it listens.
    Listening.Connector opener =
        url.startsWith("jdbc:postgresql:")
            ? () -> PgListening.open(url, user, password)
            : () -> PgListening.borrow(dataSource);
    loop = new ListenLoop(opener, origin, local::fire, Thread::sleep);
    listener = threads.newThread(loop);
    listener.setName("postbot-live-listener");
    listener.start();
    LOG.info("live signals travel through PostgreSQL notifications");
  }

  /** What the configured data source runs on, from its own metadata rather than a setting. */
  private static boolean onPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      // a database that is down at start: the readiness check says so; signals stay local
      LOG.log(Level.WARNING, "database product not known: {0}", e.getClass().getName());
      return false;
    }
  }

  /** Delivers the signal here and tells the other servers. */
  public void publish(LiveSignal signal) {
    PgNotifier sender = notifier;
    if (sender != null) {
      String payload = SignalCodec.encode(origin, signal);
      executor.execute(() -> send(sender, payload));
    }
    local.fire(signal);
  }

  /** True while this server hears the others (always true on one server without PostgreSQL). */
  public boolean listening() {
    return notifier == null || (loop != null && loop.connected());
  }

  private static void send(PgNotifier sender, String payload) {
    try {
      sender.send(payload);
    } catch (SQLException | RuntimeException e) {
      // the others miss this push; their widgets catch up with the next message or reconnect
      LOG.log(Level.WARNING, "live signal not sent: {0}", e.getClass().getName());
    }
  }

  private static String newOrigin() {
    byte[] name = new byte[6];
    new SecureRandom().nextBytes(name);
    return HexFormat.of().formatHex(name);
  }

  @PreDestroy
  void stop() {
    if (loop != null) {
      loop.stop();
      listener.interrupt();
    }
  }
}
