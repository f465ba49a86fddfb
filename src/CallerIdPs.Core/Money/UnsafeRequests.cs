using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Journal;
using CallerIdPs.Model;

namespace CallerIdPs.Money
{
    /// <summary>
    /// The one rule for requests that spend or delete (purchase, reservation, release, deletion, verification start):
    /// journalled before they are sent; sent once; not abandoned when the user presses Ctrl+C (the answer is awaited,
    /// within the timeout); and, when the answer leaves open whether the provider acted, settled by reading the account.
    /// "Safe to try again" only with proof: a refusal, or a settlement that proved absence. Everything else that may
    /// have happened ends as OutcomeUnknown with what to check. Providers pass the send and, where they can, a settler.
    /// </summary>
    public sealed class UnsafeRequests
    {
        internal UnsafeRequests(ConnectionJournal journal, SettlementSchedule schedule, TimeSpan requestTimeout)
        {
            Journal = journal;
            RequestTimeout = requestTimeout;
            Schedule = schedule;
        }

        internal static UnsafeRequests Detached(ProviderKind provider, string connectionName) =>
            new UnsafeRequests(ConnectionJournal.Detached(provider, connectionName), SettlementSchedule.Default, TimeSpan.FromSeconds(100));

        public ConnectionJournal Journal { get; }

        public SettlementSchedule Schedule { get; }

        public TimeSpan RequestTimeout { get; }

        /// <summary>
        /// Whether a failure of a request that spends or deletes leaves open that the provider acted: the transport says
        /// so, or the answer was lost, a 5xx or 429 came back, or a 2xx body could not be read.
        /// </summary>
        public static bool MayHaveActed(CallerIdException e) =>
            e.ProviderMayHaveActed
            || e.Kind == CallerIdErrorKind.OutcomeUnknown
            || e.HttpStatus >= 500
            || e.HttpStatus == 429
            || (e.HttpStatus < 300 && e.Kind == CallerIdErrorKind.ProviderError && e.InnerException != null);

        /// <param name="send">Sends the request once and reads its answer; it gets a token that Ctrl+C does not cancel.</param>
        /// <param name="settle">Reads the account after an answer that leaves the outcome open; null when nothing can prove it.</param>
        /// <param name="requestIdOf">The provider's request id in a successful answer, when it has one.</param>
        internal async Task<T> SendAsync<T>(
            UnsafeRequest request,
            Func<CancellationToken, Task<T>> send,
            Func<CallerIdException, CancellationToken, Task<Settlement<T>>>? settle,
            CancellationToken cancellationToken,
            Func<T, string?>? requestIdOf = null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = Journal.Begin(request);
            var watcher = UnsafeRequestWatch.Current;
            watcher?.Started(entry, RequestTimeout + RequestTimeout + Schedule.Window);
            try
            {
                return await SendOnceAsync(request, entry, send, settle, requestIdOf).ConfigureAwait(false);
            }
            finally
            {
                watcher?.Finished(entry);
            }
        }

        /// <summary>A request with nothing to return (a deletion, a release): journalled, sent once, seen through, settled by
        /// <paramref name="gone"/> (whether the account shows it done) when its answer is lost.</summary>
        internal Task SendAsync(UnsafeRequest request, Func<CancellationToken, Task> send, Func<CancellationToken, Task<bool>>? gone, CancellationToken cancellationToken) =>
            SendAsync<bool>(
                request,
                async ct =>
                {
                    await send(ct).ConfigureAwait(false);
                    return true;
                },
                gone == null ? null : OwnershipCheck.Removal(request.Describe(), Schedule, gone),
                cancellationToken);

        private async Task<T> SendOnceAsync<T>(
            UnsafeRequest request,
            JournalEntry entry,
            Func<CancellationToken, Task<T>> send,
            Func<CallerIdException, CancellationToken, Task<Settlement<T>>>? settle,
            Func<T, string?>? requestIdOf)
        {
            // Not the caller's token: a request that may spend is seen through to its answer (the pipeline's timeout
            // bounds it), because cancelling it half-way is exactly how a number gets bought without anyone knowing.
            var uninterrupted = CancellationToken.None;
            CallerIdException lost;
            try
            {
                var result = await send(uninterrupted).ConfigureAwait(false);
                Journal.Complete(entry, JournalOutcome.Succeeded, $"{Providers(entry)} confirmed the {request.Describe()}.", result == null ? null : requestIdOf?.Invoke(result));
                return result;
            }
            catch (CallerIdException e) when (!MayHaveActed(e))
            {
                Journal.Complete(entry, JournalOutcome.Refused, e.Message, e.RequestId);
                throw;
            }
            catch (CallerIdException e)
            {
                lost = e;
            }
            catch (Exception e)
            {
                Journal.Complete(entry, JournalOutcome.Unknown, $"The {request.Describe()} failed unexpectedly: {e.Message}", null);
                throw;
            }

            Settlement<T> settled;
            if (settle == null)
            {
                settled = Settlement<T>.Unknown($"The {request.Describe()} may or may not have happened: {lost.Message}");
            }
            else
            {
                try
                {
                    settled = await settle(lost, uninterrupted).ConfigureAwait(false);
                }
                catch (CallerIdException e)
                {
                    settled = Settlement<T>.Unknown($"The {request.Describe()} may or may not have happened: {lost.Message} Checking the account failed: {e.Message}");
                }
            }

            switch (settled.Outcome)
            {
                case SettledAs.Done:
                    Journal.Complete(entry, JournalOutcome.SettledBought, settled.Evidence, lost.RequestId);
                    return settled.Value;
                case SettledAs.NotDone:
                    Journal.Complete(entry, JournalOutcome.SettledNotBought, settled.Evidence, lost.RequestId);
                    var safe = lost.Reclassify(
                        lost.Kind == CallerIdErrorKind.OutcomeUnknown ? CallerIdErrorKind.ProviderUnavailable : lost.Kind,
                        "Nothing was done, so it is safe to try again.",
                        settled.Evidence + (request.WhenNotDone == null ? "" : " " + request.WhenNotDone));
                    safe.ProviderMayHaveActed = false;
                    throw safe;
                default:
                    Journal.Complete(entry, JournalOutcome.Unknown, settled.Evidence, lost.RequestId);
                    var unknown = lost.Reclassify(
                        CallerIdErrorKind.OutcomeUnknown,
                        $"Do not repeat it blindly: check first with {request.WhatToCheck} (Get-CallerIdJournal lists it as Unknown).",
                        settled.Evidence);
                    unknown.ProviderMayHaveActed = true;
                    unknown.IsRetryable = false;
                    throw unknown;
            }
        }

        private static string Providers(JournalEntry entry) => entry.Provider.DisplayName();
    }
}
