using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Connections;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// Ids and numbers the session has already seen (<see cref="SeenValues"/>), of the -Connection typed when there is
    /// one. Nothing seen completes nothing (never file names), and no provider is asked.
    /// </summary>
    public abstract class SeenValueCompleter : IArgumentCompleter
    {
        private readonly SeenKind _kind;

        private protected SeenValueCompleter(SeenKind kind) => _kind = kind;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var given = fakeBoundParameters["Connection"] is PSObject wrapped ? wrapped.BaseObject : fakeBoundParameters["Connection"];
            var connectionName = given is CallerIdConnection connection ? connection.Name : given as string;
            return CompletionText.Matching(wordToComplete, SeenValues.Of(_kind, connectionName));
        }
    }

    /// <summary>-GroupId: the 2Chat number groups Find-NumberGroup (or a reservation) showed this session.</summary>
    public sealed class NumberGroupIdCompleter : SeenValueCompleter
    {
        public NumberGroupIdCompleter()
            : base(SeenKind.GroupId)
        {
        }
    }

    /// <summary>-ReservationId and Remove-NumberReservation -Id: the reservations made or listed this session that have not expired.</summary>
    public sealed class ReservationIdCompleter : SeenValueCompleter
    {
        public ReservationIdCompleter()
            : base(SeenKind.ReservationId)
        {
        }
    }

    /// <summary>Virtual number -Id: the owned numbers listed or bought this session.</summary>
    public sealed class VirtualNumberIdCompleter : SeenValueCompleter
    {
        public VirtualNumberIdCompleter()
            : base(SeenKind.VirtualNumberId)
        {
        }
    }

    /// <summary>Get-VirtualNumber -PhoneNumber: the owned numbers listed or bought this session.</summary>
    public sealed class OwnedPhoneNumberCompleter : SeenValueCompleter
    {
        public OwnedPhoneNumberCompleter()
            : base(SeenKind.OwnedPhoneNumber)
        {
        }
    }
}
