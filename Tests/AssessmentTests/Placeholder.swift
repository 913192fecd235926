import Testing

@Test("the AssessmentTests target builds") func builds() {}
