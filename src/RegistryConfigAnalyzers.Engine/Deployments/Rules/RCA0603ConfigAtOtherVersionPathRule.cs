using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>A config mounted at the path of the other major version, which this image never reads.</summary>
internal sealed class RCA0603ConfigAtOtherVersionPathRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        var version = c.Container.Version;
        var own = ImageDefaults.ConfigPath(version);
        if (c.ConfigFile is not null || c.Launch.ConfigPath != own)
        {
            return;
        }

        var other = ImageDefaults.ConfigPath(version == RegistryVersion.V2 ? RegistryVersion.V3 : RegistryVersion.V2);
        var mount = c.Container.Mounts
            .Where(m => m.Covers(other))
            .OrderByDescending(m => m.Target.Length)
            .FirstOrDefault();
        if (mount is null || mount.Lookup(mount.Relative(other)) is MountedFile.Missing)
        {
            return;
        }

        var major = (int)version;
        var image = c.Container.Image.Reference;
        var advice = c.Container.Image.VersionAssumed
            ? $"`{image}` is registry 3 now: pin `registry:2` if the file is written for 2.x, or mount it at {own}"
            : $"mount it at {own}";
        c.Report(RuleIds.ConfigAtOtherVersionPath, mount.Span,
            $"{mount.Description} is mounted at {mount.Target}, where registry {(major == 2 ? 3 : 2)}.x looks; {c.Container.Name} " +
            $"runs `{image}` (registry {major}.x), which reads {own}, so the mounted config is not read and the image's own " +
            $"config runs instead; {advice}",
            c.Container.ImageSpan);
    }
}
