using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>One provider's API, emulated. Both transports (in-process handler, Kestrel) call this.</summary>
    public interface IApiEmulator
    {
        Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken);
    }
}
