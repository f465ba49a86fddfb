using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>
    /// Plivo's Verified Caller ID API as ../shared/providers/plivo.md describes it: HTTP Basic with the main account's
    /// or a subaccount's credentials, start/complete verification with an OTP, get/list/update/delete, limit/offset
    /// paging with meta.next/previous, {"api_id","error"} error bodies and 300 requests per 5 seconds; and its phone
    /// numbers (plivo-numbers.md), served by <see cref="PlivoNumberDesk"/>.
    /// </summary>
    public sealed class PlivoEmulator : ApiEmulator<PlivoEmulatorOptions>
    {
        private const string Base = "/v1/Account/{auth_id}/VerifiedCallerId";
        private const int MaxLimit = 20;

        private static readonly Regex E164 = new Regex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant);
        private static readonly Regex OtpFormat = new Regex(@"^[0-9]{4,8}$", RegexOptions.CultureInvariant);

        private readonly PlivoState _state;
        private readonly PlivoNumberDesk _numbers;

        public PlivoEmulator(PlivoEmulatorOptions? options = null, EmulatorClock? clock = null)
            : base(options, clock)
        {
            _state = new PlivoState(Options);

            Routes.Add("POST", Base, (r, v) => Start(r, v["auth_id"]));
            Routes.Add("GET", Base, (r, v) => List(r, v["auth_id"]));
            Routes.Add("POST", Base + "/Verification/{verification_uuid}", (r, v) => Complete(r, v["verification_uuid"]));
            Routes.Add("GET", Base + "/{phone_number}", (r, v) => GetOne(r, v["phone_number"]));
            Routes.Add("POST", Base + "/{phone_number}", (r, v) => Update(r, v["phone_number"]));
            Routes.Add("DELETE", Base + "/{phone_number}", (r, v) => Delete(r, v["phone_number"]));

            _numbers = new PlivoNumberDesk(Options, () => Clock.UtcNow, Error, CallerOf);
            _numbers.Register(Routes);
        }

        /// <summary>Successful start-verification requests since the emulator started.</summary>
        public int VerificationsStarted { get { lock (Gate) return _state.VerificationsStarted; } }

        /// <summary>The code "sent" for a verification, or null for an unknown uuid.</summary>
        public string? OtpFor(string verificationUuid)
        {
            lock (Gate) return _state.Verifications.FirstOrDefault(v => v.Uuid == verificationUuid)?.Otp;
        }

        /// <summary>Every verified caller ID on the account, subaccounts' included, in list order.</summary>
        public IReadOnlyList<(string PhoneNumber, string Alias, string Subaccount)> CallerIds()
        {
            lock (Gate) return _state.Ordered().Select(c => (c.PhoneNumber, c.Alias, c.Subaccount)).ToList();
        }

        /// <summary>Successful number purchases (POST …/PhoneNumber/{number}/) since the emulator started.</summary>
        public int NumberPurchases { get { lock (Gate) return _numbers.Purchases; } }

        /// <summary>Successful releases (DELETE …/Number/{number}/) since the emulator started.</summary>
        public int NumberReleases { get { lock (Gate) return _numbers.Releases; } }

        /// <summary>The numbers the account rents, E.164, with alias and subaccount ("" for none).</summary>
        public IReadOnlyList<(string PhoneNumber, string Alias, string Subaccount)> RentedNumbers()
        {
            lock (Gate) return _numbers.State.Ordered().Select(n => ("+" + n.Number, n.Alias ?? "", n.SubAccount ?? "")).ToList();
        }

        /// <summary>The numbers for sale, E.164.</summary>
        public IReadOnlyList<string> NumbersForSale()
        {
            lock (Gate) return _numbers.State.ForSale.Select(n => "+" + n.Number).ToList();
        }

        protected override EmulatorResponse Error(int status, string message) => EmulatorResponse.Json(status, PlivoJson.Error(message));

        protected override EmulatorResponse BadJson(EmulatorRequest request, JsonException problem) =>
            Error(400, "Request body must be a JSON object");

        /// <summary>Credentials (main account or subaccount, and the path's Auth ID must be theirs), then the rate limit.</summary>
        protected override EmulatorResponse? Admit(EmulatorRequest request)
        {
            var caller = Authenticate(request);
            if (caller == null)
            {
                return Error(401, "Authentication credentials invalid");
            }

            var segments = request.RawPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 3 && segments[0] == "v1" && segments[1] == "Account"
                && !string.Equals(Uri.UnescapeDataString(segments[2]), caller, StringComparison.Ordinal))
            {
                return Error(401, "Authentication credentials invalid");
            }

            // One window for the whole account: the spec's limit is per account, and subaccounts belong to it.
            if (!WithinLimit(Options.RequestsPerFiveSeconds, TimeSpan.FromSeconds(5), out _))
            {
                return Error(429, "Too many requests");
            }

            return null;
        }

        /// <summary>The Auth ID the Basic credentials prove, or null.</summary>
        private string? Authenticate(EmulatorRequest request)
        {
            var header = request.Header("Authorization");
            if (header == null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
            }
            catch (FormatException)
            {
                return null;
            }

            var colon = decoded.IndexOf(':');
            if (colon <= 0)
            {
                return null;
            }

            var id = decoded.Substring(0, colon);
            var token = decoded.Substring(colon + 1);
            if (id == Options.AuthId && token == Options.AuthToken)
            {
                return id;
            }

            return Options.SubaccountAuthIds.Contains(id) && token == "token-" + id ? id : null;
        }

        private bool IsMain(string authId) => authId == Options.AuthId;

        /// <summary>A subaccount sees only its own caller IDs; the main account sees them all.</summary>
        private bool Sees(string authId, string subaccount) => IsMain(authId) || subaccount == authId;

        private EmulatorResponse Start(EmulatorRequest request, string authId)
        {
            var body = request.JsonBody();
            if (!TryString(body, "phone_number", out var phone) || !TryString(body, "alias", out var alias)
                || !TryString(body, "channel", out var channel) || !TryString(body, "subaccount", out var subaccount))
            {
                return Error(400, "phone_number, alias, channel and subaccount must be strings");
            }

            if (string.IsNullOrEmpty(phone))
            {
                return Error(400, "phone_number is required");
            }

            if (!E164.IsMatch(phone!))
            {
                return Error(400, $"phone_number '{phone}' is not a valid E.164 number, e.g. +14155550100");
            }

            channel ??= "sms";
            if (channel != "sms" && channel != "call")
            {
                return Error(400, $"channel '{channel}' is invalid; use \"sms\" or \"call\"");
            }

            var owner = SubaccountFor(authId, subaccount, out var refused);
            if (refused != null)
            {
                return refused;
            }

            if (_state.Find(phone!) != null)
            {
                return Error(409, "Phone number is already verified");
            }

            var verification = new PlivoVerification
            {
                Uuid = _state.NewGuid().ToString("D"),
                PhoneNumber = phone!,
                Alias = alias ?? "",
                Channel = channel,
                Subaccount = owner,
                Otp = Options.FixedOtp ?? _state.NewOtp(),
                StartedAt = Clock.UtcNow,
            };
            _state.Verifications.Add(verification);
            _state.VerificationsStarted++;
            var minutes = Options.VerificationLifetime.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
            return EmulatorResponse.Json(201, new JsonObject
            {
                ["api_id"] = PlivoJson.NewApiId(),
                ["message"] = $"Verification code is sent to number {phone} which is valid for {minutes} minutes",
                ["verification_uuid"] = verification.Uuid,
            });
        }

        private EmulatorResponse Complete(EmulatorRequest request, string uuid)
        {
            var authId = CallerOf(request);
            var body = request.JsonBody();
            if (!TryString(body, "otp", out var otp) || string.IsNullOrEmpty(otp))
            {
                return Error(400, "otp is required");
            }

            if (!OtpFormat.IsMatch(otp!))
            {
                return Error(400, "otp must be 4 to 8 digits");
            }

            var verification = _state.Verifications.FirstOrDefault(v => v.Uuid == uuid && !v.Completed && Sees(authId, v.Subaccount));
            if (verification == null)
            {
                return Error(404, "Verification not found");
            }

            if (Clock.UtcNow - verification.StartedAt > Options.VerificationLifetime)
            {
                return Error(422, "Verification code has expired");
            }

            if (otp != verification.Otp)
            {
                return Error(400, "Invalid OTP");
            }

            if (_state.Find(verification.PhoneNumber) != null)
            {
                return Error(409, "Phone number is already verified");
            }

            verification.Completed = true;
            var now = PlivoTime.From(Clock.UtcNow, PlivoTimeStyle.Micro);
            var callerId = new PlivoCallerId
            {
                PhoneNumber = verification.PhoneNumber,
                Alias = verification.Alias,
                Country = PlivoState.CountryOf(verification.PhoneNumber),
                Subaccount = verification.Subaccount,
                VerificationUuid = verification.Uuid,
                CreatedAt = now,
                ModifiedAt = now,
            };
            _state.CallerIds.Add(callerId);
            return EmulatorResponse.Json(201, PlivoJson.Verified(callerId, verification.Channel));
        }

        private EmulatorResponse GetOne(EmulatorRequest request, string phone)
        {
            var callerId = Visible(CallerOf(request), phone);
            return callerId == null ? Error(404, "Phone number not found") : EmulatorResponse.Json(200, PlivoJson.One(callerId));
        }

        private EmulatorResponse List(EmulatorRequest request, string authId)
        {
            if (!TryInt(request, "limit", MaxLimit, out var limit) || limit < 1 || limit > MaxLimit)
            {
                return Error(400, $"limit must be an integer between 1 and {MaxLimit}");
            }

            if (!TryInt(request, "offset", 0, out var offset) || offset < 0)
            {
                return Error(400, "offset must be a non-negative integer");
            }

            // Exact filters; an empty value filters nothing, as if it were not sent.
            var filters = new List<(string Name, string Value)>();
            foreach (var name in new[] { "country", "subaccount", "alias" })
            {
                var value = request.QueryValue(name);
                if (!string.IsNullOrEmpty(value)) filters.Add((name, value!));
            }

            var matching = _state.Ordered().Where(c => Sees(authId, c.Subaccount) && filters.All(f => Field(c, f.Name) == f.Value)).ToList();
            var page = matching.Skip(offset).Take(limit).Select(c => (JsonNode)PlivoJson.Listed(c, authId)).ToArray();
            string? Link(int at)
            {
                var query = new StringBuilder($"limit={limit}&offset={at}");
                foreach (var (name, value) in filters) query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
                return $"/v1/Account/{authId}/VerifiedCallerId/?{query}";
            }

            return EmulatorResponse.Json(200, new JsonObject
            {
                ["api_id"] = PlivoJson.NewApiId(),
                ["meta"] = new JsonObject
                {
                    ["limit"] = limit,
                    ["next"] = offset + limit < matching.Count ? Link(offset + limit) : null,
                    ["offset"] = offset,
                    ["previous"] = offset > 0 ? Link(Math.Max(0, Math.Min(offset, matching.Count) - limit)) : null,
                    ["total_count"] = matching.Count,
                },
                ["objects"] = new JsonArray(page),
            });
        }

        private EmulatorResponse Update(EmulatorRequest request, string phone)
        {
            var authId = CallerOf(request);
            var body = request.JsonBody();
            if (!TryString(body, "alias", out var alias) || !TryString(body, "subaccount", out var subaccount))
            {
                return Error(400, "alias and subaccount must be strings");
            }

            var callerId = Visible(authId, phone);
            if (callerId == null)
            {
                return Error(404, "Phone number not found");
            }

            if (subaccount != null)
            {
                if (!IsMain(authId) && subaccount != authId)
                {
                    return Error(403, "Only main account credentials can change the subaccount of a verified caller ID");
                }

                if (subaccount.Length > 0 && !Options.SubaccountAuthIds.Contains(subaccount))
                {
                    return Error(400, $"subaccount '{subaccount}' is not a subaccount of this account");
                }

                callerId.Subaccount = subaccount;
            }

            if (alias != null)
            {
                callerId.Alias = alias;
            }

            // The record keeps its timestamp form, so a client that met one form once keeps meeting it.
            callerId.ModifiedAt = PlivoTime.From(Clock.UtcNow, callerId.ModifiedAt.Style);
            return EmulatorResponse.Json(202, PlivoJson.One(callerId));
        }

        private EmulatorResponse Delete(EmulatorRequest request, string phone)
        {
            var callerId = Visible(CallerOf(request), phone);
            if (callerId == null)
            {
                return Error(404, "Phone number not found");
            }

            _state.CallerIds.Remove(callerId);
            return EmulatorResponse.Empty(204);
        }

        /// <summary>The owner a new verification gets: the subaccount asked for (main account only), or the calling subaccount itself.</summary>
        private string SubaccountFor(string authId, string? requested, out EmulatorResponse? refused)
        {
            refused = null;
            if (!IsMain(authId))
            {
                if (!string.IsNullOrEmpty(requested) && requested != authId)
                {
                    refused = Error(403, "Only main account credentials can set the subaccount of a verified caller ID");
                }

                return authId;
            }

            if (!string.IsNullOrEmpty(requested) && !Options.SubaccountAuthIds.Contains(requested!))
            {
                refused = Error(400, $"subaccount '{requested}' is not a subaccount of this account");
            }

            return requested ?? "";
        }

        /// <summary>The caller ID a path names ("+1415…", "1415…" or "%2B1415…", already decoded), if the caller may see it.</summary>
        private PlivoCallerId? Visible(string authId, string phone)
        {
            var number = phone.Trim();
            if (!number.StartsWith("+", StringComparison.Ordinal)) number = "+" + number;
            var callerId = _state.Find(number);
            return callerId != null && Sees(authId, callerId.Subaccount) ? callerId : null;
        }

        /// <summary>The Auth ID of an admitted request (Admit has already checked the credentials).</summary>
        private string CallerOf(EmulatorRequest request) => Authenticate(request) ?? "";

        private static string Field(PlivoCallerId c, string name)
        {
            switch (name)
            {
                case "country": return c.Country;
                case "subaccount": return c.Subaccount;
                default: return c.Alias;
            }
        }

        /// <summary>False when the field is there but not a string; null or absent gives null.</summary>
        private static bool TryString(JsonObject body, string name, out string? value)
        {
            value = null;
            if (!body.TryGetPropertyValue(name, out var node) || node == null)
            {
                return true;
            }

            return node is JsonValue json && json.TryGetValue(out value);
        }

        /// <summary>A query integer; absent gives <paramref name="fallback"/>, anything but digits is false.</summary>
        internal static bool TryInt(EmulatorRequest request, string name, int fallback, out int value)
        {
            var text = request.QueryValue(name);
            if (text == null)
            {
                value = fallback;
                return true;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }
}
