import Testing

@Test("the AnalysisTests target builds") func builds() {}
