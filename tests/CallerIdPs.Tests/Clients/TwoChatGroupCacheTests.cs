using System;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Groups found by id are kept a short while per connection; a group's price can change, so never for longer.</summary>
    public class TwoChatGroupCacheTests
    {
        private DateTimeOffset _now = new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero);

        [Fact]
        public void AGroupFoundIsKeptForItsLifetimeAndNoLonger()
        {
            var cache = new TwoChatGroupCache(() => _now);
            var group = Group("gbloc-156");
            cache.Remember(group);

            _now += TwoChatGroupCache.Lifetime - TimeSpan.FromSeconds(1);
            Assert.Same(group, cache.Find("GBLOC-156"));

            _now += TimeSpan.FromSeconds(1);
            Assert.Null(cache.Find("gbloc-156"));
        }

        [Fact]
        public void FindingAGroupDoesNotExtendItsLifetime()
        {
            var cache = new TwoChatGroupCache(() => _now);
            cache.Remember(Group("gbloc-156"));

            for (var minute = 0; minute < 4; minute++)
            {
                _now += TimeSpan.FromMinutes(1);
                Assert.NotNull(cache.Find("gbloc-156"));
            }

            _now += TwoChatGroupCache.Lifetime - TimeSpan.FromMinutes(4);
            Assert.Null(cache.Find("gbloc-156"));
        }

        [Fact]
        public void AFreshSearchReplacesAKeptGroupAndAddsNoOther()
        {
            var cache = new TwoChatGroupCache(() => _now);
            cache.Remember(Group("gbloc-156", monthly: 5m));
            _now += TimeSpan.FromMinutes(4);

            var repriced = Group("gbloc-156", monthly: 7m);
            cache.Refresh(new[] { repriced, Group("gbmob-1") });
            _now += TimeSpan.FromMinutes(4);

            Assert.Same(repriced, cache.Find("gbloc-156"));
            Assert.Null(cache.Find("gbmob-1"));
        }

        [Fact]
        public void BeyondItsCapacityTheGroupFoundFirstIsDropped()
        {
            var cache = new TwoChatGroupCache(() => _now);
            for (var i = 0; i <= TwoChatGroupCache.Capacity; i++)
            {
                cache.Remember(Group("g-" + i));
                _now += TimeSpan.FromMilliseconds(1);
            }

            Assert.Null(cache.Find("g-0"));
            Assert.NotNull(cache.Find("g-1"));
            Assert.NotNull(cache.Find("g-" + TwoChatGroupCache.Capacity));
        }

        private static NumberGroup Group(string id, decimal monthly = 5m) => new NumberGroup { Id = id, Country = "GB", MonthlyPrice = monthly };
    }
}
