package io.numberstoolkit.contract;

/**
 * The values the documents state that code needs, each in one place: the page size, the number
 * types and the defaults of create. Lists a schema holds (the countries, the menu buttons, the
 * voices) stay in the schema, which validation applies; see {@code schemas/}.
 */
public final class ApiFacts {
  /** "Index pages answer at most 25 items" (facts page, Pagination). */
  public static final int PAGE_SIZE = 25;

  /** The two values of {@code type} (facts page, Numbers). */
  public static final String TOLL_FREE = "Toll-free";

  public static final String LOCAL = "Local";

  /** "{@code type}: ... defaults to Toll-free" (facts page, Numbers). */
  public static final String DEFAULT_TYPE = TOLL_FREE;

  /** "{@code country}: for Local numbers only; default US" (facts page, Numbers). */
  public static final String DEFAULT_COUNTRY = "US";

  /** "{@code voice_gender} is Male or Female (default Male)" (facts page, Numbers). */
  public static final String DEFAULT_VOICE = "Male";

  private ApiFacts() {}
}
