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
    }
}
