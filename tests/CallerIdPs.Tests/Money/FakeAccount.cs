using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Tests.Money
{
    /// <summary>An account whose number list is scripted per check: what the n-th listing returns, or that it fails.</summary>
    internal sealed class FakeAccount : IVirtualNumberSource
    {
        private readonly List<Func<IReadOnlyList<VirtualNumber>>> _checks = new List<Func<IReadOnlyList<VirtualNumber>>>();

        public int Listings { get; private set; }

        /// <summary>The answer to the next listing (the last one repeats).</summary>
        public FakeAccount Then(params VirtualNumber[] numbers)
        {
            _checks.Add(() => numbers);
            return this;
        }

        public FakeAccount ThenFails()
        {
            _checks.Add(() => throw new CallerIdException(CallerIdErrorKind.ProviderUnavailable, "The listing failed (HTTP 503)."));
            return this;
        }

        public static TwoChatVirtualNumber Number(string phone, VirtualNumberStatus status = VirtualNumberStatus.Active, string id = "DID1") =>
            new TwoChatVirtualNumber { Id = id, PhoneNumber = phone, Status = status };

        public bool RecognizesId(string id) => true;

        public async IAsyncEnumerable<VirtualNumber> ListVirtualNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            var check = _checks[Math.Min(Listings, _checks.Count - 1)];
            Listings++;
            foreach (var number in check()) yield return number;
        }

        public Task<VirtualNumber> GetVirtualNumberAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
