using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Images;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Images;

public class RegistryImageTests
{
    [Theory]
    [InlineData("registry:2", null, "registry", "2", RegistryVersion.V2)]
    [InlineData("registry:2.8.3", null, "registry", "2.8.3", RegistryVersion.V2)]
    [InlineData("registry:3", null, "registry", "3", RegistryVersion.V3)]
    [InlineData("registry:3.0.0-alpha.1", null, "registry", "3.0.0-alpha.1", RegistryVersion.V3)]
    [InlineData("library/registry:2", null, "library/registry", "2", RegistryVersion.V2)]
    [InlineData("docker.io/library/registry:2", "docker.io", "library/registry", "2", RegistryVersion.V2)]
    [InlineData("index.docker.io/registry:3.1.1", "index.docker.io", "registry", "3.1.1", RegistryVersion.V3)]
    [InlineData("mirror.example.com/library/registry:3", "mirror.example.com", "library/registry", "3", RegistryVersion.V3)]
    [InlineData("public.ecr.aws/docker/library/registry:2.8", "public.ecr.aws", "docker/library/registry", "2.8", RegistryVersion.V2)]
    [InlineData("localhost:5000/registry:2", "localhost:5000", "registry", "2", RegistryVersion.V2)]
    [InlineData("ghcr.io/distribution/distribution:3.0.0", "ghcr.io", "distribution/distribution", "3.0.0", RegistryVersion.V3)]
    [InlineData("distribution/distribution:2.8.3", null, "distribution/distribution", "2.8.3", RegistryVersion.V2)]
    public void A_registry_image_is_split_and_its_version_read_from_the_tag(
        string reference, string? domain, string path, string tag, RegistryVersion version)
    {
        Assert.True(RegistryImage.TryParse(reference, out var image));

        Assert.Equal(domain, image!.Domain);
        Assert.Equal(path, image.Path);
        Assert.Equal(tag, image.Tag);
        Assert.True(image.IsDistributionRegistry);
        Assert.Equal(version, image.MajorVersion);
        Assert.False(image.VersionAssumed);
    }

    [Theory]
    [InlineData("registry")]
    [InlineData("registry:latest")]
    [InlineData("registry:edge")]
    [InlineData("distribution/distribution:edge")]
    [InlineData("registry@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Latest_no_tag_or_a_digest_alone_is_taken_as_version_3_and_marked_assumed(string reference)
    {
        Assert.True(RegistryImage.TryParse(reference, out var image));

        Assert.True(image!.IsDistributionRegistry);
        Assert.Equal(RegistryVersion.V3, image.MajorVersion);
        Assert.True(image.VersionAssumed);
    }

    [Fact]
    public void A_tag_and_a_digest_together_keep_both()
    {
        const string digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        Assert.True(RegistryImage.TryParse("registry:2.8.3@" + digest, out var image));

        Assert.Equal("2.8.3", image!.Tag);
        Assert.Equal(digest, image.Digest);
        Assert.Equal(RegistryVersion.V2, image.MajorVersion);
    }

    [Theory]
    [InlineData("confluentinc/cp-schema-registry:7.5.0")]
    [InlineData("apicurio/apicurio-registry-mem:2.4.2.Final")]
    [InlineData("ghcr.io/project-origin/registry-server:1.0")]
    [InlineData("ghcr.io/project-zot/zot-linux-amd64:v2.0.0")]
    [InlineData("registry.example.com/team/app:2")]
    [InlineData("registry.example.com:5000/app")]
    [InlineData("localhost:5000/myapp:3")]
    [InlineData("myorg/registry:2")]
    [InlineData("registry-ui:2")]
    [InlineData("joxit/docker-registry-ui:2")]
    [InlineData("registry:0.9.1")]
    [InlineData("registry:1")]
    public void Look_alikes_parse_but_are_not_the_distribution_registry(string reference)
    {
        Assert.True(RegistryImage.TryParse(reference, out var image));

        Assert.False(image!.IsDistributionRegistry);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Registry:2")]
    [InlineData("registry:")]
    [InlineData("registry:2 3")]
    [InlineData("registry@sha256:abc")]
    [InlineData("/registry")]
    [InlineData("registry//x")]
    [InlineData("HKEY_LOCAL_MACHINE\\Software")]
    public void Text_that_is_no_image_reference_does_not_parse(string reference)
    {
        Assert.False(RegistryImage.TryParse(reference, out _));
    }

    [Theory]
    [InlineData(null, "registry", "2", null, "registry:2")]
    [InlineData("docker.io", "library/registry", "3.0.0", null, "docker.io/library/registry:3.0.0")]
    [InlineData("mirror.example.com/", "registry", null, null, "mirror.example.com/registry")]
    public void Pieces_of_an_image_join_into_one_reference(
        string? domain, string repository, string? tag, string? digest, string expected)
    {
        Assert.True(RegistryImage.TryParse(domain, repository, tag, digest, out var image));

        Assert.Equal(expected, image!.Reference);
        Assert.True(image.IsDistributionRegistry);
    }
}
