using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Clients
{
    internal static class ClientAssert
    {
        /// <summary>The display name every 2Chat error must carry.</summary>
        public static readonly string TwoChat = ProviderKind.TwoChat.DisplayName();

        public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
        {
            var list = new List<T>();
            await foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        /// <summary>The call fails with a provider error of this kind, status and provider message, from 2Chat.</summary>
        public static async Task<CallerIdException> ProviderFails(Func<Task> call, CallerIdErrorKind kind, int? status, string? providerMessage)
        {
            var error = await Assert.ThrowsAsync<CallerIdException>(call);
            Assert.Equal(kind, error.Kind);
            Assert.Equal(status, error.HttpStatus);
            Assert.Equal(providerMessage, error.ProviderMessage);
            Assert.Equal(TwoChat, error.Provider);
            Assert.False(string.IsNullOrWhiteSpace(error.Hint));
            return error;
        }

        /// <summary>A purchase that failed before the provider acted: the error says so and the account bought nothing.</summary>
        public static void NotBought(CallerIdException error, CallerIdErrorKind kind, int purchasesMade)
        {
            Assert.Equal(kind, error.Kind);
            Assert.Contains("was not bought", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, purchasesMade);
        }

        /// <summary>A purchase whose answer was lost, settled by reading the account: bought once, and the result says the answer was lost.</summary>
        public static void SettledFromTheAccount(NumberPurchaseResult result, PurchaseStatus status, int purchasesMade)
        {
            Assert.Equal(status, result.Status);
            Assert.Contains("was lost", result.Message, StringComparison.Ordinal);
            Assert.Equal(1, purchasesMade);
        }
    }
}
