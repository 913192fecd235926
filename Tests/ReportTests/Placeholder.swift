import Testing

@Test("the ReportTests target builds") func builds() {}
