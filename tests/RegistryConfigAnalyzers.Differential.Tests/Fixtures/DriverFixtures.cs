using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Storage driver parameters and storage middleware options, which only the driver or middleware
/// reads when the registry builds its storage, with the neighbours of each refusal that start.
/// </summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Drivers()
    {
        // The filesystem driver reads maxthreads with base.GetLimitFromParameter: integers of any sign
        // (below 25 raised to 25), strings ParseUint reads with Go prefixes, and null all start.
        yield return Case("filesystem-maxthreads-small-int", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: 10
            """);

        yield return Case("filesystem-maxthreads-hex-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: "0x40"
            """);

        yield return Case("filesystem-maxthreads-negative", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: -5
            """);

        yield return Case("filesystem-maxthreads-null", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: null
            """);

        yield return Case("filesystem-maxthreads-underscore-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: "1_000"
            """);

        // yaml.v2 reads an integer past int64 as a uint64, which the driver takes, and one past
        // uint64 as a float, which it refuses.
        yield return Case("filesystem-maxthreads-max-uint64", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: 18446744073709551615
            """);

        yield return Case("filesystem-maxthreads-past-uint64", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: 18446744073709551616
            """);

        // A string is parsed as unsigned, so a sign the integer would tolerate is refused in quotes.
        yield return Case("filesystem-maxthreads-negative-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: "-5"
            """);

        yield return Case("filesystem-maxthreads-bool", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: true
            """);

        yield return Case("filesystem-maxthreads-mapping", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: {n: 1}
            """);

        yield return Case("filesystem-maxthreads-bad-octal-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: "08"
            """);

        yield return Case("env-filesystem-maxthreads-int", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS", "10"));

        yield return Case("env-filesystem-maxthreads-float", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS", "2.5"));

        // The redirect middleware wants a string baseurl that url.Parse reads with a scheme and a host.
        yield return Case("middleware-redirect-baseurl-https", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: https://127.0.0.1/p
            """);

        yield return Case("middleware-redirect-baseurl-with-port", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: http://127.0.0.1:8080
            """);

        yield return Case("middleware-redirect-baseurl-userinfo-query-fragment", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: https://user@127.0.0.1/p?q=1#f
            """);

        yield return Case("middleware-redirect-baseurl-ipv6", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: http://[::1]:80/x
            """);

        yield return Case("middleware-redirect-baseurl-null", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl:
            """);

        yield return Case("middleware-redirect-baseurl-int", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: 8080
            """);

        yield return Case("middleware-redirect-baseurl-scheme-only", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: "https://"
            """);

        yield return Case("middleware-redirect-baseurl-opaque", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: localhost:5000
            """);

        yield return Case("middleware-redirect-baseurl-bad-port", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: http://127.0.0.1:port
            """);

        yield return Case("middleware-redirect-baseurl-bad-escape", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: http://127.0.0.1/%zz
            """);

        yield return Case("env-middleware-redirect-baseurl-https", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None,
            ("REGISTRY_MIDDLEWARE", "{storage: [{name: redirect, options: {baseurl: 'https://127.0.0.1'}}]}"));

        // CloudFront checks that baseurl, privatekey and keypairid are strings before it reads the key file.
        yield return Case("middleware-cloudfront-keypairid-int", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://127.0.0.1/
                    privatekey: __DIR__/missing.pem
                    keypairid: 123
            """);

        // Swift decodes its parameters strictly and wants four of them before it contacts authurl.
        yield return Case("swift-without-container", """
            version: 0.1
            storage:
              swift:
                username: u
                password: p
                authurl: http://127.0.0.1:1/v3
            """);

        yield return Case("swift-password-int", """
            version: 0.1
            storage:
              swift:
                username: u
                password: 1234
                authurl: http://127.0.0.1:1/v3
                container: c
            """);

        yield return Case("swift-chunksize-too-small", """
            version: 0.1
            storage:
              swift:
                username: u
                password: p
                authurl: http://127.0.0.1:1/v3
                container: c
                chunksize: 1024
            """);

        yield return Case("swift-chunksize-string", """
            version: 0.1
            storage:
              swift:
                username: u
                password: p
                authurl: http://127.0.0.1:1/v3
                container: c
                chunksize: "20971520"
            """);

        yield return Case("swift-chunksize-float-below-minimum", """
            version: 0.1
            storage:
              swift:
                username: u
                password: p
                authurl: http://127.0.0.1:1/v3
                container: c
                chunksize: 1024.5
            """);

        yield return Case("swift-insecureskipverify-string", """
            version: 0.1
            storage:
              swift:
                username: u
                password: p
                authurl: http://127.0.0.1:1/v3
                container: c
                insecureskipverify: "true"
            """);

        // The s3 driver refuses these before it creates its AWS session, so nothing is contacted.
        yield return Case("s3-without-region", """
            version: 0.1
            storage:
              s3:
                bucket: images
                regionendpoint: http://127.0.0.1:__DEBUGPORT__
            """);

        yield return Case("s3-chunksize-with-unit", """
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://127.0.0.1:__DEBUGPORT__
                chunksize: 5MB
            """);

        yield return Case("s3-secure-not-a-boolean", """
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://127.0.0.1:__DEBUGPORT__
                secure: "nope"
            """);

        yield return Case("s3-storageclass-unknown", """
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://127.0.0.1:__DEBUGPORT__
                storageclass: glacier
            """);
    }
}
