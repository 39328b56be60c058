"""The case screen: one case's header, timeline and reply box (:class:`CaseView`),
and the live chat beside it (:class:`ChatPane`)."""
