package io.postbot.web.testing;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Payara Micro reports its data-grid address as the deployment's host, but our servers listen on
 * 127.0.0.1 only; this rewrites the deployment's HTTP address to loopback after each deploy.
 */
public class LoopbackExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Rewriter.class);
  }

  /** Replaces the host of the deployed application's HTTP context. */
  public static class Rewriter {

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> metaDataProducer;

    @Inject private Instance<ProtocolMetaData> metaData;

    public void toLoopback(@Observes AfterDeploy event) {
      ProtocolMetaData original = metaData.get();
      if (original == null) {
        return;
      }
      ProtocolMetaData rewritten = new ProtocolMetaData();
      for (HTTPContext context : original.getContexts(HTTPContext.class)) {
        HTTPContext loopback = new HTTPContext(context.getName(), "127.0.0.1", context.getPort());
        context.getServlets().forEach(loopback::add);
        rewritten.addContext(loopback);
      }
      metaDataProducer.set(rewritten);
    }
  }
}
