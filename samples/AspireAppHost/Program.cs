using Aspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// A registry for the team's preview images, reachable from the other machines of the office:
// the image's own config, no credentials, and the HTTP endpoint published beyond the host.
builder.AddContainer("registry", "registry", "3")
    .WithHttpEndpoint(port: 5000, targetPort: 5000, name: "http")
    .WithExternalHttpEndpoints();

builder.Build().Run();
