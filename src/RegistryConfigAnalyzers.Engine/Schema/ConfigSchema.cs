using System.Collections.Generic;
using static RegistryConfigAnalyzers.Engine.Schema.SchemaType;

namespace RegistryConfigAnalyzers.Engine.Schema;

/// <summary>
/// Every key of config version 0.1 for registry 2.8 and 3.0, with the Go field names the
/// environment overrides use. Written from the registry's configuration package.
/// </summary>
internal static class ConfigSchema
{
    private static SchemaField F(string key, string goName, SchemaType type, Versions versions = Versions.Both) =>
        new(key, goName, type, versions);

    private static SchemaField F(string key, SchemaType type, Versions versions = Versions.Both) =>
        new(key, key.ToUpperInvariant(), type, versions);

    private static readonly SchemaType Tls = Struct(
        F("certificate", String),
        F("key", String),
        F("clientcas", "ClientCAs", StringList),
        F("clientauth", String, Versions.V3),
        F("minimumtls", "MinimumTLS", String),
        F("ciphersuites", "CipherSuites", StringList),
        F("letsencrypt", "LetsEncrypt", Struct(
            F("cachefile", String),
            F("email", String),
            F("hosts", StringList),
            F("directoryurl", "DirectoryURL", String, Versions.V3))));

    private static readonly SchemaType Http = Struct(
        F("addr", String),
        F("net", String),
        F("host", String),
        F("prefix", String),
        F("secret", String),
        F("relativeurls", "RelativeURLs", Bool),
        F("draintimeout", "DrainTimeout", Duration),
        F("tls", "TLS", Tls),
        F("headers", Headers),
        F("debug", Struct(
            F("addr", String),
            F("prometheus", Struct(
                F("enabled", Bool),
                F("path", String))))),
        F("http2", "HTTP2", Struct(F("disabled", Bool))),
        F("h2c", "H2C", Struct(F("enabled", Bool)), Versions.V3));

    private static readonly SchemaType Log = Struct(
        F("accesslog", "AccessLog", Struct(F("disabled", Bool))),
        F("level", LogLevel),
        F("formatter", String),
        F("fields", Parameters),
        F("reportcaller", "ReportCaller", Bool, Versions.V3),
        F("hooks", ListOf(Struct(
            F("disabled", Bool),
            F("type", String),
            F("levels", StringList),
            F("options", "MailOptions", Struct(
                F("smtp", "SMTP", Struct(
                    F("addr", String),
                    F("username", String),
                    F("password", String),
                    F("insecure", Bool))),
                F("from", String),
                F("to", StringList)))))));

    private static readonly SchemaType Endpoint = Struct(
        F("name", String),
        F("disabled", Bool),
        F("url", "URL", String),
        F("headers", Headers),
        F("timeout", Duration),
        F("threshold", Int),
        F("backoff", Duration),
        F("ignoredmediatypes", "IgnoredMediaTypes", StringList),
        F("ignore", Struct(
            F("mediatypes", "MediaTypes", StringList),
            F("actions", StringList))));

    private static readonly SchemaType Notifications = Struct(
        F("events", "EventConfig", Struct(F("includereferences", "IncludeReferences", Bool))),
        F("endpoints", ListOf(Endpoint)));

    private static readonly SchemaType RedisTls = Struct(
        F("certificate", String),
        F("key", String),
        F("clientcas", "ClientCAs", StringList));

    // 2.8 decodes redis into a plain struct; 3.0 fills go-redis options from lower-cased field names.
    private static readonly SchemaType Redis = Struct(
        F("addr", String, Versions.V2),
        F("addrs", StringList, Versions.V3),
        F("password", String),
        F("username", String, Versions.V3),
        F("db", "DB", Int),
        F("dialtimeout", "DialTimeout", Duration),
        F("readtimeout", "ReadTimeout", Duration),
        F("writetimeout", "WriteTimeout", Duration),
        F("pool", Struct(
            F("maxidle", "MaxIdle", Int),
            F("maxactive", "MaxActive", Int),
            F("idletimeout", "IdleTimeout", Duration)), Versions.V2),
        F("tls", "TLS", RedisTls, Versions.V3),
        F("clientname", Any, Versions.V3),
        F("protocol", Any, Versions.V3),
        F("sentinelusername", Any, Versions.V3),
        F("sentinelpassword", Any, Versions.V3),
        F("mastername", Any, Versions.V3),
        F("maxretries", Any, Versions.V3),
        F("minretrybackoff", Any, Versions.V3),
        F("maxretrybackoff", Any, Versions.V3),
        F("contexttimeoutenabled", Any, Versions.V3),
        F("poolfifo", Any, Versions.V3),
        F("poolsize", Any, Versions.V3),
        F("pooltimeout", Any, Versions.V3),
        F("minidleconns", Any, Versions.V3),
        F("maxidleconns", Any, Versions.V3),
        F("maxactiveconns", Any, Versions.V3),
        F("connmaxidletime", Any, Versions.V3),
        F("connmaxlifetime", Any, Versions.V3),
        F("maxredirects", Any, Versions.V3),
        F("readonly", Any, Versions.V3),
        F("routebylatency", Any, Versions.V3),
        F("routerandomly", Any, Versions.V3),
        F("disableindentity", Any, Versions.V3),
        F("disableidentity", Any, Versions.V3),
        F("identitysuffix", Any, Versions.V3),
        F("unstableresp3", Any, Versions.V3));

    private static readonly SchemaType Health = Struct(
        F("file", "FileCheckers", ListOf(Struct(
            F("file", String),
            F("interval", Duration),
            F("threshold", Int)))),
        F("http", "HTTPCheckers", ListOf(Struct(
            F("timeout", Duration),
            F("statuscode", "StatusCode", Int),
            F("interval", Duration),
            F("uri", "URI", String),
            F("headers", Headers),
            F("threshold", Int)))),
        F("tcp", "TCPCheckers", ListOf(Struct(
            F("timeout", Duration),
            F("interval", Duration),
            F("addr", String),
            F("threshold", Int)))),
        F("storagedriver", "StorageDriver", Struct(
            F("enabled", Bool),
            F("interval", Duration),
            F("threshold", Int))));

    private static readonly SchemaType Middleware = MapOf(ListOf(Struct(
        F("name", String),
        F("disabled", Bool),
        F("options", Parameters))));

    public static readonly SchemaType Root = Struct(
        F("version", Version),
        F("log", Log),
        F("loglevel", LogLevel),
        F("storage", Storage),
        F("auth", Auth),
        F("middleware", Middleware),
        F("reporting", Struct(
            F("bugsnag", Struct(
                F("apikey", "APIKey", String),
                F("releasestage", "ReleaseStage", String),
                F("endpoint", String))),
            F("newrelic", "NewRelic", Struct(
                F("licensekey", "LicenseKey", String),
                F("name", String),
                F("verbose", Bool)))), Versions.V2),
        F("http", "HTTP", Http),
        F("notifications", Notifications),
        F("redis", Redis),
        F("health", Health),
        F("proxy", Struct(
            F("remoteurl", "RemoteURL", String),
            F("username", String),
            F("password", String),
            F("exec", Struct(
                F("command", String),
                F("lifetime", Duration)), Versions.V3),
            F("ttl", "TTL", Duration, Versions.V3))),
        F("compatibility", Struct(
            F("schema1", Struct(
                F("signingkeyfile", "TrustKey", String),
                F("enabled", Bool)))), Versions.V2),
        F("validation", Struct(
            F("enabled", Bool),
            F("disabled", Bool),
            F("manifests", Struct(
                F("urls", "URLs", Struct(
                    F("allow", StringList),
                    F("deny", StringList))),
                F("indexes", Struct(
                    F("platforms", String),
                    F("platformlist", "PlatformList", ListOf(Struct(
                        F("architecture", String),
                        F("os", "OS", String))))), Versions.V3))))),
        F("policy", Struct(
            F("repository", Struct(F("classes", StringList))))),
        F("catalog", Struct(F("maxentries", "MaxEntries", Int))));

    /// <summary>Storage driver parameters the registry reads, by driver.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DriverParameters = new Dictionary<string, string[]>
    {
        ["filesystem"] = new[] { "rootdirectory", "maxthreads" },
        ["inmemory"] = new string[0],
        ["s3"] = S3Keys,
        ["s3aws"] = S3Keys,
        ["azure"] = new[]
        {
            "accountname", "accountkey", "container", "realm", "rootdirectory", "connectionstring", "serviceurl",
            "max_retries", "retry_delay", "skipverify", "credentials", "copystatuspollmaxretry", "copystatuspolldelay",
        },
        ["gcs"] = new[] { "bucket", "keyfile", "credentials", "rootdirectory", "chunksize", "maxconcurrency", "useragent" },
        ["swift"] = new[]
        {
            "username", "password", "authurl", "container", "tenant", "tenantid", "domain", "domainid", "tenantdomain",
            "tenantdomainid", "trustid", "region", "authversion", "prefix", "endpointtype", "insecureskipverify",
            "chunksize", "secretkey", "accesskey", "tempurlcontainerkey", "tempurlmethods",
        },
        ["oss"] = new[]
        {
            "accesskeyid", "accesskeysecret", "region", "bucket", "endpoint", "internal", "encrypt", "secure",
            "chunksize", "rootdirectory",
        },
    };

    private static string[] S3Keys => new[]
    {
        "accesskey", "secretkey", "region", "regionendpoint", "bucket", "encrypt", "keyid", "secure", "skipverify",
        "v4auth", "chunksize", "multipartcopychunksize", "multipartcopymaxconcurrency", "multipartcopythresholdsize",
        "rootdirectory", "storageclass", "objectacl", "useragent", "sessiontoken", "forcepathstyle", "usedualstack",
        "accelerate", "loglevel", "checksumdisabled", "checksumalgorithm",
    };

    /// <summary>Keys of the storage section that are not drivers, per version.</summary>
    public static bool IsStorageSpecialKey(string key, RegistryVersion version) =>
        key is "maintenance" or "cache" or "delete" or "redirect" || (key == "tag" && version == RegistryVersion.V3);

    /// <summary>Drivers the official image of each version includes.</summary>
    public static bool DriverExists(string name, RegistryVersion version) => version == RegistryVersion.V2
        ? name is "filesystem" or "inmemory" or "s3" or "s3aws" or "azure" or "gcs" or "swift" or "oss"
        : name is "filesystem" or "inmemory" or "s3" or "s3aws" or "azure" or "gcs";

    /// <summary>Options each auth provider reads.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AuthOptions = new Dictionary<string, string[]>
    {
        ["htpasswd"] = new[] { "realm", "path" },
        ["silly"] = new[] { "realm", "service" },
        ["token"] = new[]
        {
            "realm", "service", "issuer", "rootcertbundle", "autoredirect", "jwks", "signingalgorithms", "autoredirectpath",
        },
    };
}
