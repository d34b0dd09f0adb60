global using RegistryConfigAnalyzers.Engine.Tests.Infrastructure;
global using Xunit;
global using static RegistryConfigAnalyzers.Engine.Tests.Infrastructure.Check;
