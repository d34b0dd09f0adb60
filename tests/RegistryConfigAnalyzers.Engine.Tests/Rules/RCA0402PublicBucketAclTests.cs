namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0402PublicBucketAclTests
{
    [Fact]
    public void Reports_a_public_read_acl_at_its_value()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                objectacl: [|public-read|]
            """).Reports(RuleIds.PublicBucketAcl);
    }

    [Fact]
    public void Reports_a_public_read_write_acl_under_the_s3aws_alias()
    {
        Config("""
            version: 0.1
            storage:
              s3aws:
                region: us-east-1
                bucket: images
                objectacl: [|public-read-write|]
            """).Reports(RuleIds.PublicBucketAcl);
    }

    [Fact]
    public void Is_silent_on_a_private_acl()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                objectacl: private
            """).DoesNotReport(RuleIds.PublicBucketAcl);
    }
}
