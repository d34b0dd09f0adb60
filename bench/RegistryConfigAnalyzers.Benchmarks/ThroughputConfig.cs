using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RegistryConfigAnalyzers.Benchmarks;

/// <summary>Adds the size of each config and the throughput, in configs and in megabytes per second.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("Size (KB)", (bytes, _) => bytes / 1024.0, "F1"));
        AddColumn(new ThroughputColumn("Configs/s", (_, meanNs) => 1e9 / meanNs, "N0"));
        AddColumn(new ThroughputColumn("MB/s", (bytes, meanNs) => bytes / (meanNs / 1e9) / (1024 * 1024), "F1"));
    }

    private sealed class ThroughputColumn : IColumn
    {
        private readonly System.Func<int, double, double> _value;
        private readonly string _format;

        public ThroughputColumn(string name, System.Func<int, double, double> value, string format)
        {
            ColumnName = name;
            _value = value;
            _format = format;
        }

        public string Id => nameof(ThroughputColumn) + ColumnName;

        public string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => ColumnName + " of the config (UTF-8), from the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var config = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Config")?.Value as string;
            if (mean is null || config is null)
            {
                return "-";
            }

            return _value(Configs.Utf8Bytes(config), mean.Value).ToString(_format, CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
