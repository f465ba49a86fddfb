using System;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 12: a provider's refusal reaches the user as that refusal; Apple's request id survives a non-JSON
    /// error body; a failed listing is not also reported empty; Select-Object -First 1 costs exactly one page.
    /// </summary>
    public sealed class RefusalTests
    {
        private const string Refusal = "Account blocked: contact 2Chat billing";

        [Fact]
        public void TwoChat_success_false_inside_a_200_listing_is_reported_as_the_refusal_not_unreadable_nor_empty()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath,
                Fault.Answer(200, "{\"success\":false,\"error\":true,\"error_message\":\"" + Refusal + "\"}"));

            var run = fault.Run("Get-CallerId -Connection TwoChat");

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var error = Assert.Single(run.Errors);
            Assert.Contains(Refusal, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("unreadable", error.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.False(run.Warnings.Any(w => w.Contains("No caller IDs", StringComparison.OrdinalIgnoreCase)),
                $"A failed listing was also reported as empty. {run.Describe()}");
        }

        [Fact]
        public void TwoChat_success_false_inside_a_201_purchase_answer_is_the_refusal_and_nothing_is_reported_bought()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath,
                Fault.Answer(201, "{\"success\":false,\"error\":true,\"error_message\":\"Insufficient credits\"}", providerActs: false));

            var run = fault.Run(Scripts.BuyFirstGbNumber);

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.Empty(fault.Server.Sold.All);
            Assert.Equal(1, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            var error = Assert.Single(run.Errors);
            Assert.Contains("Insufficient credits", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("unreadable", error.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.Empty(run.Output);
        }

        [Fact]
        public void An_Apple_error_with_a_non_JSON_body_keeps_the_apple_request_id()
        {
            using var fault = new FaultSession();
            fault.ConnectApple(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.AppleListPath(fault.Scenario), new Fault
            {
                Kind = FaultKind.Status,
                Status = 500,
                ContentType = "text/html",
                Body = "<html><body><h1>Internal Server Error</h1></body></html>",
                Header = "apple-request-id: fault-req-7f3a9c",
            });

            var run = fault.Run("Get-CallerId -Connection AppleBusiness");

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var error = Assert.Single(run.Errors);
            var requestId = PSObject.AsPSObject(error.Exception).Properties["RequestId"]?.Value?.ToString();
            Assert.True(requestId == "fault-req-7f3a9c", $"The exception's RequestId is '{requestId}', not the apple-request-id of the HTML error answer. {run.Describe()}");
            Assert.False(run.Warnings.Any(w => w.Contains("No caller IDs", StringComparison.OrdinalIgnoreCase)),
                $"A failed listing was also reported as empty. {run.Describe()}");
        }

        [Fact]
        public void Select_Object_First_1_on_a_2Chat_listing_requests_exactly_one_page_every_time()
        {
            using var fault = new FaultSession(s => s.TwoChat.CallerIdCount = 450);
            fault.ConnectTwoChat(timeoutSec: 2);

            for (var i = 0; i < 20; i++)
            {
                var before = fault.Server.Requests.Count("GET", FakeCatalog.TwoChatCallerIdsPath);
                var run = fault.Run("Get-CallerId -Connection TwoChat | Select-Object -First 1");
                run.AssertNoErrors();
                Assert.Single(run.Output);
                var pages = fault.Server.Requests.Count("GET", FakeCatalog.TwoChatCallerIdsPath) - before;
                Assert.True(pages == 1, $"Run {i + 1}: Select-Object -First 1 requested {pages} pages of a 450-item listing.");
            }
        }
    }
}
