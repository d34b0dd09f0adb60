namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>A public S3 object ACL opens the layers past the registry's auth.</summary>
internal sealed class RCA0402PublicBucketAclRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        foreach (var name in new[] { "s3", "s3aws" })
        {
            if (c.Storage?.Map(name)?.Scalar("objectacl") is not { IsUnknown: false } acl)
            {
                continue;
            }

            var text = acl.Text.ToLowerInvariant();
            if (text is "public-read" or "public-read-write" or "authenticated-read")
            {
                var who = text == "authenticated-read" ? "any AWS account holder" : "anyone";
                var what = text == "public-read-write" ? "read and overwrite" : "read";
                c.Report(RuleIds.PublicBucketAcl, acl.Span,
                    $"`objectacl: {acl.Text}` lets {who} {what} the stored layers straight from the bucket, past the registry's auth; use private");
            }
        }
    }
}
