using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Dropped = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.DroppedBuilderResultAnalyzer>;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

/// <summary>
/// The analyzers skip the APIs a compilation does not have, and skip without binding a
/// Testcontainers chain that visibly starts another image. What they recognise stays the same.
/// </summary>
public class ApiPresenceTests
{
    // The project's own copy of the builder, in Testcontainers' namespace, with no package.
    private const string OwnBuilder = """

        namespace DotNet.Testcontainers.Builders
        {
            public sealed class ContainerBuilder
            {
                public ContainerBuilder(string image) { }

                public ContainerBuilder WithPortBinding(int port, bool assignRandomHostPort) => this;

                public ContainerBuilder WithEnvironment(string name, string value) => this;

                public object Build() => new object();
            }
        }
        """;

    [Fact]
    public async Task A_builder_of_the_projects_own_in_the_testcontainers_namespace_is_judged_like_the_package()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder({|#0:"registry:3.1.1"|}).WithPortBinding(5000, true).Build();
            }
            """ + OwnBuilder;

        await Verifier.Analyzer(source, Packages.None,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }

    [Fact]
    public async Task A_dropped_with_call_on_the_projects_own_builder_is_reported_without_the_package()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start()
                {
                    var builder = new ContainerBuilder("registry:3");
                    builder.{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|};
                    return builder.Build();
                }
            }
            """ + OwnBuilder;

        await Dropped.Analyzer(source, Packages.None, Dropped.Diagnostic("RCA0504").WithLocation(0));
    }

    [Fact]
    public async Task A_builder_nested_in_a_class_of_the_testcontainers_namespace_is_judged_too()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new Outer.ContainerBuilder({|#0:"registry:3.1.1"|}).WithPortBinding(5000, true).Build();
            }

            namespace DotNet.Testcontainers.Builders
            {
                public static class Outer
                {
                    public sealed class ContainerBuilder
                    {
                        public ContainerBuilder(string image) { }

                        public ContainerBuilder WithPortBinding(int port, bool assignRandomHostPort) => this;

                        public object Build() => new object();
                    }
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }

    [Fact]
    public async Task A_builder_named_like_testcontainers_in_another_namespace_is_not_a_registry()
    {
        const string source = """
            namespace Shop.Builders;

            public sealed class ContainerBuilder
            {
                public ContainerBuilder(string image) { }

                public ContainerBuilder WithPortBinding(int port, bool assignRandomHostPort) => this;

                public object Build() => new object();
            }

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:3.1.1").WithPortBinding(5000, true).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.None);
    }

    [Fact]
    public async Task WithImage_after_a_constructor_of_another_image_still_starts_the_registry()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("redis:7").WithImage({|#0:"registry:3.1.1"|}).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }

    [Fact]
    public async Task A_chain_on_another_image_in_parentheses_passes()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => (new ContainerBuilder("redis:7").WithPortBinding(6379, true)).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task An_image_in_a_constant_is_bound_and_judged()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                const string Image = "registry:3.1.1";

                object Start() => new ContainerBuilder({|#0:Image|}).WithPortBinding(5000, true).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }

    [Fact]
    public async Task Docker_dotnet_parameters_written_as_an_implicit_new_are_judged()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Fixture
            {
                CreateContainerParameters Create() => new() { Image = {|#0:"registry:3.1.1"|} };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }
}
