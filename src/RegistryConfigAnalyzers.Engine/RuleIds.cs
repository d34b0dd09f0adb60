namespace RegistryConfigAnalyzers.Engine;

/// <summary>
/// Every rule id the package reports. Ids never change or get reused once shipped.
/// </summary>
public static class RuleIds
{
    // Open to anyone
    public const string AnonymousAccess = "RCA0001";
    public const string SillyAuth = "RCA0002";
    public const string AnonymousDelete = "RCA0003";
    public const string ProxyCredentialsWithoutAuth = "RCA0004";

    // Will not start
    public const string InvalidYaml = "RCA0010";
    public const string UnsupportedVersion = "RCA0011";
    public const string StorageDriverCount = "RCA0012";
    public const string AuthProviderCount = "RCA0013";
    public const string AuthOptionMissing = "RCA0014";
    public const string InvalidValueType = "RCA0015";
    public const string KeyOfOtherVersion = "RCA0016";
    public const string InvalidSection = "RCA0017";
    public const string InvalidTls = "RCA0018";

    // Silently ignored
    public const string UnknownKey = "RCA0100";
    public const string DuplicateKey = "RCA0101";
    public const string ExtraDocument = "RCA0102";
    public const string IgnoredValue = "RCA0103";
    public const string IgnoredInThisVersion = "RCA0104";
    public const string IgnoredEnvironmentVariable = "RCA0105";
    public const string RandomAuthProvider = "RCA0106";

    // Suppressions
    public const string UnusedSuppression = "RCA0110";
    public const string SuppressionWithoutReason = "RCA0111";

    // Secrets in clear on the wire
    public const string BasicAuthWithoutTls = "RCA0200";
    public const string WeakTlsVersion = "RCA0201";
    public const string WeakCipherSuite = "RCA0202";
    public const string CleartextTokenRealm = "RCA0203";
    public const string CleartextNotificationEndpoint = "RCA0204";
    public const string CleartextProxyUpstream = "RCA0205";
    public const string InsecureStorageTransport = "RCA0206";

    // Secrets at rest
    public const string SecretInFile = "RCA0300";
    public const string WeakHttpSecret = "RCA0301";
    public const string SecretHeaderLogged = "RCA0302";

    // Only C# code breaks these
    public const string PortOnAllInterfaces = "RCA0500";
    public const string ExternalEndpoint = "RCA0501";
    public const string HardCodedSecret = "RCA0502";
    public const string DebugPortPublished = "RCA0503";
    public const string DroppedBuilderResult = "RCA0504";

    // Only deployments break these
    public const string ServiceLinkVariables = "RCA0600";
    public const string SecretInDeployment = "RCA0601";
    public const string OpenRegistryPublished = "RCA0602";
    public const string ConfigAtOtherVersionPath = "RCA0603";
    public const string ConfigFileMissing = "RCA0604";
    public const string NotFullyJudged = "RCA0605";
    public const string ConfigurationPathIgnored = "RCA0606";

    // Exposure
    public const string DebugServerExposed = "RCA0400";
    public const string DebugServerLeaksRedisPassword = "RCA0401";
    public const string PublicBucketAcl = "RCA0402";
    public const string ForeignLayerValidationOpen = "RCA0403";

    // Could not judge
    public const string AnalysisLimit = "RCA0900";
    public const string Template = "RCA0901";
}
