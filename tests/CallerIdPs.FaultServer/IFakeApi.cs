namespace CallerIdPs.FaultServer
{
    /// <summary>Just enough of one provider's API for the fault scenarios.</summary>
    internal interface IFakeApi
    {
        bool Owns(RawRequest request);

        Reply Handle(RawRequest request);
    }
}
