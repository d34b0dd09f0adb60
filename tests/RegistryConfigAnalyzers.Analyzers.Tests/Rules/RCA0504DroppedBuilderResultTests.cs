using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.DroppedBuilderResultAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Rules;

public class RCA0504DroppedBuilderResultTests
{
    [Fact]
    public async Task A_with_call_used_as_a_statement_changes_nothing()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var builder = new ContainerBuilder("registry:3");
                    builder.{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|};
                    builder = builder.WithPortBinding(5000, true);
                    var registry = builder.Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0504").WithLocation(0)
            .WithMessage("The result of WithEnvironment is dropped; Testcontainers builders are immutable, so assign it or chain the call"));
    }

    [Fact]
    public async Task Other_images_and_aspire_builders_are_left_alone()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    var registry = builder.AddContainer("registry", "registry:3");
                    registry.WithEnvironment("REGISTRY_AUTH", "htpasswd");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }

    [Fact]
    public async Task A_builder_of_another_image_is_not_judged()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var builder = new ContainerBuilder("postgres:16");
                    builder.WithEnvironment("POSTGRES_PASSWORD", "x");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }
}
