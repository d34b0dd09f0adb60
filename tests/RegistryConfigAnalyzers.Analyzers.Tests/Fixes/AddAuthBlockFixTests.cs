using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using RegistryConfigAnalyzers.CodeFixes;
using Xunit;
using Literal = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryConfigLiteralAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Fixes;

public class AddAuthBlockFixTests
{
    [Fact]
    public async Task An_auth_block_is_appended_to_raw_and_regular_config_strings()
    {
        const string source = """"
            class Configs
            {
                const string Raw = """
                    {|#0:version|}: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    http:
                      addr: :5000
                      tls:
                        certificate: /certs/tls.crt
                        key: /certs/tls.key
                    """;

                const string Regular = "{|#1:version|}: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  tls:\n    certificate: /certs/tls.crt\n    key: /certs/tls.key";
            }
            """";
        const string fixedSource = """"
            class Configs
            {
                const string Raw = """
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    http:
                      addr: :5000
                      tls:
                        certificate: /certs/tls.crt
                        key: /certs/tls.key
                    auth:
                      htpasswd:
                        realm: Registry Realm
                        path: /auth/htpasswd
                    """;

                const string Regular = "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  tls:\n    certificate: /certs/tls.crt\n    key: /certs/tls.key\nauth:\n  htpasswd:\n    realm: Registry Realm\n    path: /auth/htpasswd\n";
            }
            """";

        await Literal.CodeFix<AddAuthBlockCodeFix>(source, fixedSource, Packages.None, AddAuthBlockCodeFix.EquivalenceKey,
            new[] { Literal.Diagnostic("RCA0001").WithLocation(0), Literal.Diagnostic("RCA0001").WithLocation(1) });
    }
}
