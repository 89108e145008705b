using Dashboard.Tests.Support;
using Dashboard.Web.Setup;

namespace Dashboard.Tests.Setup;

public sealed class MallocTuningTests(SkipNotice skip) : IClassFixture<SkipNotice>
{
    [SkippableFact]
    public void LimitRetention_OnLinuxWithGlibc_AcceptedAndIdempotent()
    {
        skip.IfNot(OperatingSystem.IsLinux() && (File.Exists("/lib/x86_64-linux-gnu/libc.so.6") || File.Exists("/lib/aarch64-linux-gnu/libc.so.6")),
            "glibc is not present: the tuning applies only there");

        Assert.True(MallocTuning.LimitRetention());
        Assert.True(MallocTuning.LimitRetention());
    }
}
