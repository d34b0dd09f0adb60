using System.IO;
using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace RegistryTestFixture;

/// <summary>
/// Starts a registry for the tests that push and delete images. It mounts the team's config and
/// turns its auth off so the tests need no credentials.
/// </summary>
public sealed class RegistryFixture
{
    private readonly IContainer _registry = new ContainerBuilder("registry:2")
        .WithResourceMapping(new FileInfo("registry/config.yml"), new FileInfo("/etc/docker/registry/config.yml"))
        .WithEnvironment("REGISTRY_AUTH", "none")
        .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "true")
        .WithPortBinding(5000, 5000)
        .Build();

    public string Address => $"localhost:{_registry.GetMappedPublicPort(5000)}";

    public Task StartAsync() => _registry.StartAsync();

    public Task StopAsync() => _registry.StopAsync();
}
