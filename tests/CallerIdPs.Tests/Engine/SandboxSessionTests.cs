using System;
using System.Linq;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// A test class whose every test gets a fresh engine session (<see cref="ModuleSession"/>) with the given providers
    /// connected to their sandbox, each under its provider's name, in the order given.
    /// </summary>
    public abstract class SandboxSessionTests : IDisposable
    {
#pragma warning disable SA1401, CA1051, IDE1006 // the name every engine test class uses for its session
        protected readonly ModuleSession _session = new ModuleSession();
#pragma warning restore SA1401, CA1051, IDE1006

        protected SandboxSessionTests(params string[] providers) =>
            _session.Run(string.Join("; ", providers.Select(p => $"Connect-CallerIdProvider -Provider {p} -Sandbox"))).AssertNoErrors();

        public void Dispose()
        {
            _session.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
