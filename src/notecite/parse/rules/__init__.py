"""Exact rules that correct the tagger's labels before cites are assembled.

Each rule is a plain function ``(text, tokens, tags[, italic_spans]) -> tags`` that returns a new
tag list and changes only what its docstring says; :data:`RULES` runs them in order. A rule that needs a word, a
mark or a label to change anything says so with :func:`~.needs.needs`, and is skipped on notes without it. Rules stay
where rules are exact: the ibid vocabulary, the locator grammar, and layouts of names, titles and
imprints that the notes' punctuation settles.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..model import Token
from .needs import Plan
from .boundaries import (rule_doi_label_and_its_doi_are_the_doi, rule_web_address_read_as_a_doi_is_its_url, rule_web_address_ending_a_run_is_its_own_run, rule_url_cut_after_a_hyphen_is_one_url, rule_address_inside_a_pages_run_ends_it, 
                         rule_numbered_list_of_short_items_is_prose, rule_table_in_a_note_is_prose, rule_citing_phrase_opens_a_new_cite, rule_imprint_read_before_its_bracket,
                         rule_publisher_and_year_in_a_bracket, rule_publisher_named_in_two_parts_before_a_second_imprint, rule_place_ending_a_publishers_name, rule_year_closing_the_imprint_is_its_date, rule_year_range_is_one_run, rule_publisher_before_a_bracketed_year, rule_publisher_before_its_place_and_year, rule_semicolon_and_name_inside_a_title_open_a_short_form, rule_semicolon_in_an_unclosed_quotation_before_a_named_quotation_ends_it, rule_semicolon_inside_an_authors_title_ends_it, rule_and_before_a_name_ends_a_number_run,
                         rule_short_form_after_a_semicolon_in_a_list_of_short_forms, rule_and_a_named_author_of_a_quoted_title_open_a_cite,
                         rule_archive_after_a_dated_item_stays_in_its_cite, rule_semicolon_ends_a_name_run, rule_semicolon_after_a_bracket_ends_a_title_run, rule_title_in_a_name,
                         rule_sentence_of_a_title_and_pinpoint, rule_worded_pinpoint_read_as_a_note_after_a_title, rule_sentence_of_a_title_and_bare_pinpoint, rule_name_title_and_page_opening_a_sentence, rule_author_and_title_after_a_full_stop_in_a_title_run,
                         rule_one_word_title_ends_at_its_stop,
                         rule_note_run_ends_with_its_sentence,
                         rule_lead_in_clause_before_see_is_prose, rule_lead_in_clause_before_a_colon_is_prose, rule_source_phrase_opening_a_sentence_is_prose,
                         rule_topic_clause_before_the_sources_is_prose, rule_henceforth_bracket_is_a_note_of_its_cite)
from .locators import (rule_page_after_a_day_date_is_the_pinpoint, rule_pinpoint_opening_a_note_run, rule_months_before_a_year_are_the_date, rule_periodicals_day_written_without_a_comma_is_the_date, rule_day_range_before_a_dated_month_is_the_date,
                       rule_short_form_on_its_own, rule_name_and_page_alone_are_a_short_form, rule_short_form_listed_after_a_short_form, rule_name_before_a_bracketed_title_and_imprint,
                       rule_bare_number_is_no_date, rule_classical_author_and_book, rule_cut_name_and_cut_title_before_a_classical_pinpoint, rule_name_and_bracketed_title, rule_numbered_part_after_a_title, rule_entry_of_a_reference_work,
                       rule_name_after_a_pinpoint_opens_a_short_form, rule_day_of_a_diary_is_its_pinpoint, rule_locator_grammar, rule_same_worded_pinpoint_after_a_semicolon_joins_it, rule_numbered_series_after_a_title_is_its_series, rule_numbered_series_before_the_imprint_bracket, rule_series_and_number_before_the_imprint_bracket, rule_years_of_annals_are_the_pinpoint, rule_page_word_ending_a_title_opens_the_pinpoint, rule_part_of_the_book_read_as_a_title_opens_the_pinpoint, rule_book_ending_a_title_before_its_page_opens_the_pinpoint, rule_pinpoint_list_is_one_locator, rule_page_in_prose_is_a_pinpoint, rule_pinpoint_names_what_precedes_it, rule_volume_ending_a_title_joins_its_pinpoint, rule_pinpoint_after_the_imprint, rule_part_of_the_book_and_its_page_after_the_imprint,
                       rule_volume_word_opens_its_volume, rule_numbered_document_and_its_pages, rule_documents_printed_in_a_short_form, rule_manuscript_mark_before_a_pinpoint, rule_count_of_volumes_is_no_pinpoint, rule_worded_volume_before_a_page_opens_the_pinpoint,
                       rule_page_inside_a_volume_run_is_the_pinpoint, rule_page_word_run_after_a_name_is_the_pinpoint,
                       rule_volume_and_issue_date_before_the_pinpoint, rule_issue_number_after_a_periodical_is_its_issue, rule_pinpoint_inside_a_run, rule_worded_pinpoint_ends_a_title, rule_worded_pinpoint_ends_a_name_run, rule_name_and_volume_page,
                       rule_division_before_in_and_its_container, 
                       rule_part_word_after_a_title_is_the_pinpoint, rule_chapter_before_the_imprint_bracket_is_the_pinpoint,
                       rule_page_glued_to_a_colon_after_a_name_is_the_pinpoint, rule_volume_glued_to_its_pages_joins_the_pinpoint,
                       rule_page_glued_to_its_word_ending_a_run_is_the_pinpoint, rule_page_after_a_comma_inside_an_imprint_run_is_the_pinpoint, rule_page_read_as_a_date_is_the_pinpoint, rule_pinpoint_after_an_authors_comma_and_year, rule_acronym_volume_and_page_is_a_short_form, rule_abbreviated_collection_volume_and_number_is_a_short_form,
                       rule_back_reference_names_no_work, rule_division_of_the_text_names_no_work, rule_document_of_the_edition_names_no_work, rule_series_in_brackets_after_the_pinpoint_is_prose, rule_whose_statement_in_brackets_is_prose,
                       rule_roman_volume_before_a_page_heads_the_pinpoint, rule_roman_volume_and_page_after_a_quoted_title_are_the_pinpoint, rule_name_and_roman_volume_page_are_a_short_form, rule_page_numbers_read_as_an_isbn_are_the_pinpoint, rule_volume_and_page_after_an_author_and_title_are_the_pinpoint, rule_circa_before_a_year_joins_its_date, rule_roman_book_before_a_number_joins_the_pinpoint, rule_series_ending_a_title_heads_the_volume,
                       rule_one_word_before_a_numbered_part_is_a_title,
                       rule_series_number_in_brackets_is_no_pinpoint, rule_numbered_series_after_a_title_opens_the_pinpoint,
                       rule_day_date_after_an_ibid_is_its_date, rule_part_and_its_number_open_the_pinpoint,
                       rule_bracketed_book_and_chapter_in_prose_is_a_pinpoint)
from .names import (rule_person_titling_a_biography_before_its_imprint, rule_person_and_years_of_life_are_prose, rule_possessive_and_piece_before_its_bracketed_source_are_prose, rule_known_name_opening_a_title_after_in_is_its_author, rule_given_name_read_as_prose_opens_the_author_after_it, rule_family_name_and_comma_opening_a_short_form_is_its_author, rule_family_name_and_comma_opening_a_title_run_before_its_pinpoint, rule_second_word_of_an_author_run_before_a_serial_year_is_the_title, rule_article_opening_an_author_run_names_a_title, rule_word_in_no_name_after_an_authors_comma_opens_the_title, rule_words_after_an_authors_comma_are_a_short_title, rule_colon_ends_a_title_not_a_name, rule_inverted_name_ends_before_its_title, rule_abbreviated_word_after_an_inverted_name_opens_the_title, rule_speakers_before_a_debates_record_are_prose, rule_person_named_by_an_office_is_prose, rule_role_abbreviation_ends_a_name_run, rule_possessive_naming_a_periodical_is_its_title, rule_name_ends_on_surname, rule_name_suffix_ends_the_name,
                    rule_parties_of_a_case_are_its_title, rule_lower_case_word_ending_a_name_run_is_prose, rule_initials_and_family_name_before_a_title, rule_name_opens_on_a_capital,
                    rule_name_list_before_a_title, rule_family_name_joined_to_an_author, 
                    rule_possessive_names_a_work, rule_title_after_a_name_and_in_mid_sentence, rule_possessive_opening_a_title_is_its_author, rule_possessives_piece_in_a_book_names_its_writer_and_book, rule_possessive_name_after_an_authors_comma_opens_the_title, rule_editor_run_without_an_editor_word_is_an_author_and_title, rule_possessive_after_a_comma_in_a_possessives_title, rule_title_of_address_is_no_title, rule_writings_noun_in_a_name_run_is_a_title, rule_latin_preposition_after_a_name_opens_its_title, rule_lead_word_and_comma_opening_a_run_are_prose, rule_style_of_address_after_an_inverted_name_joins_it,
                    rule_name_and_possessive_title, rule_name_before_a_day_date_is_a_periodical, rule_initials_and_name_left_as_prose_before_a_title_are_its_author, rule_quoted_name_before_a_day_date_is_a_periodical, rule_in_ending_a_name_run_is_prose,
                    rule_elided_article_after_a_comma_opens_the_title, rule_body_opening_the_cite_is_its_author, rule_full_name_and_stop_after_a_semicolon_is_the_author, rule_unit_of_a_body_after_its_comma_joins_the_author, rule_editor_word_opening_a_cite_makes_its_names_editors,
                    rule_pseudonym_stays_with_its_name, rule_elided_article_opens_a_title_not_a_name, rule_quoted_list_is_no_name,
                    rule_by_after_a_title_names_its_maker,
                    rule_role_cue_inside_a_title, rule_worded_role_before_names, rule_part_of_a_book_opens_its_title,
                    rule_name_after_a_title_before_its_imprint, rule_name_glued_to_a_title_before_its_imprint_ends_the_title, rule_word_naming_no_one_after_a_natural_name_opens_the_title, rule_name_opening_a_title_run, rule_family_name_before_a_quoted_title_ends_the_author, rule_name_and_title_after_in_split, rule_note_of_only_a_name,
                    rule_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher,
                    rule_by_inside_a_name_run, rule_translator_named_before_the_title_and_its_author, rule_family_name_after_an_initial_opens_no_title, rule_main_title_read_into_the_author_before_its_subtitle, rule_person_read_as_a_title_before_a_titled_imprint_is_its_author, rule_by_author_then_periodical, rule_second_name_after_a_comma_is_a_title, rule_periodical_named_in_prose_with_its_day,
                    rule_month_issue_with_volume_and_page_is_a_periodical, rule_name_ending_on_a_record_noun_is_a_title, rule_records_of_a_body_and_their_years_alone_are_a_work, rule_record_noun_opening_a_title_is_no_name,
                    rule_name_before_in_and_a_periodical_is_its_author,
                    rule_possessive_pronoun_is_no_name, rule_name_after_a_possessive_pronoun_is_a_title, rule_word_after_the_before_a_bracket_is_no_author, rule_initial_cut_from_its_name_opens_it,
                    rule_nickname_in_quotes_stays_in_its_name, rule_editor_named_before_ed_after_in, rule_title_words_before_the_editors_word_end_the_title, rule_in_and_colon_opening_a_name_run_is_prose, rule_book_and_its_editor_read_as_one_editor_run_after_in,
                    rule_word_after_a_full_name_and_its_comma_opens_the_title, rule_work_noun_on_a_capitalised_title, rule_genitive_name_and_a_work_noun_are_the_author_alone, rule_name_run_holding_a_title_after_its_comma,
                    rule_full_name_before_ed_is_the_editor, rule_papers_name_before_a_quoted_headline_is_its_container, rule_outlet_between_a_day_and_the_address_is_the_container, rule_name_between_a_quoted_title_and_its_day_is_the_periodical,
                    rule_bracketed_author_date_cites_in_prose, rule_paper_before_its_day_after_a_preposition_is_the_periodical,
                    rule_second_author_after_by_in_a_cite_is_its_editor)
from .titles import (rule_years_listed_after_a_titles_year_end_the_title, rule_quotation_after_a_titles_small_word_is_inside_it, rule_quotation_before_its_bracketed_source_is_prose, rule_years_glued_to_a_works_noun_end_its_title, rule_year_named_work_before_its_imprint, rule_bracketed_first_year_ending_a_title_is_its_date, rule_work_cited_apud_its_source, rule_title_in_a_writers_own_work, rule_bracket_opening_on_in_after_a_title_names_its_container, rule_quoted_titles_of_a_list_are_each_a_title, rule_quoted_title_before_its_bracketed_periodical, rule_note_between_a_quoted_title_and_its_issue_is_the_periodical, rule_entry_of_a_dictionary, rule_entry_named_sub_verbo, rule_year_and_colon_open_the_title, rule_container_after_a_name_is_the_title, rule_container_opening_a_cite_before_a_publishers_imprint_is_a_book,
                     rule_title_after_a_dated_item_is_its_container, rule_title_after_a_volume_word_is_the_volumes_title, rule_reviewed_book_after_a_title_is_a_note, rule_italic_titles, rule_no_field_opens_with_and,
                     rule_quoted_title_after_a_cue, rule_quoted_title_after_a_name, rule_bare_name_and_quoted_title_left_as_prose, rule_title_opening_inside_a_quotation_opens_at_its_quote, rule_quoted_title_case_words_before_a_pinpoint_are_its_title, rule_quotation_between_a_name_and_its_imprint_is_the_title, rule_quoted_title_ends_at_its_quote, rule_short_form_cited_in_prose, rule_title_in_prose_before_an_imprint, rule_title_case_phrase_after_a_possessive_is_a_title, rule_title_and_pinpoint_in_brackets_after_prose,
                     rule_quoted_passage_is_prose, rule_speech_verb_ends_a_name_run,
                     rule_reprint_opens_a_second_imprint, rule_original_year_after_the_imprint,
                     rule_foreign_title_after_a_nationality, rule_sentence_is_not_a_title, rule_verb_after_a_title_case_run_is_prose, rule_lower_case_clause_after_a_title_case_run_is_prose, rule_title_and_its_year_alone_open_the_note, rule_statement_of_a_person_left_as_prose_is_a_title,
                     rule_name_and_title_left_as_prose_before_a_pinpoint,
                     rule_full_name_read_as_title_before_a_book, rule_organisation_between_two_dates_is_the_publisher, rule_name_before_a_volume_numeral_is_the_title, rule_one_word_title_before_a_book_is_its_author, rule_public_law_number_is_the_title, rule_lower_case_subtitle_before_the_imprint_continues_the_title, rule_periodical_after_a_translated_quoted_title_is_the_container, rule_translation_named_after_its_original_is_a_title, rule_posting_day_and_blog_of_a_web_page, rule_title_comma_by_a_person_in_prose_is_a_work, rule_titles_listed_after_a_colon_are_each_a_title, rule_genre_opening_a_cite_before_its_quoted_title, rule_description_before_an_edited_book_is_prose, rule_name_and_colon_after_in_head_the_title, rule_words_and_colon_after_in_head_the_title, rule_bracketed_year_after_a_title_in_prose_is_its_date,
                     rule_lead_in_sentence_before_a_title, rule_sentence_opening_the_note_before_a_name_is_prose, rule_writer_named_in_a_sentence_before_a_quoted_title,
                     rule_inverted_name_opening_a_title_run,
                     rule_name_glued_to_a_quoted_title, rule_title_read_into_an_inverted_name,
                     rule_et_al_ends_the_names,
                     rule_short_title_opening_the_note, 
                     rule_title_of_garbled_words_is_prose,
                     rule_title_after_a_work_noun, rule_letter_of_a_name_is_its_title, rule_letter_to_a_name_is_its_title, rule_serial_named_after_a_lead_word_is_a_title, rule_letter_and_its_day_are_a_cite, rule_abbreviated_series_opening_a_cite_is_its_title, rule_edition_year_in_brackets_after_a_title, rule_year_and_in_inside_a_title_end_it, rule_volume_of_a_documentary_series_is_one_title, rule_item_said_to_be_printed_in_a_work_is_a_cite, rule_work_after_author_of_and_its_year, rule_title_before_a_parenthesised_pinpoint, rule_publisher_heading_a_cite_without_a_title_is_its_title,
                     rule_title_opens_on_a_capital, rule_capitalised_small_word_opens_the_title,
                     rule_bracketed_ellipsis_stays_inside_its_title, rule_note_in_title_case_is_a_title,
                     rule_title_takes_back_its_head_and_of, rule_container_of_only_in_and_its_article_takes_the_name_after_it, rule_publisher_alone_after_a_lead_in_is_a_title, rule_author_by_and_title_entitled_in_prose, rule_unquoted_title_after_entitled,
                     rule_review_names_the_book_and_its_author, rule_reviewer_named_before_review_of,
                     rule_title_starts_at_its_italics, rule_title_ends_at_its_italics, rule_two_titles_joined_by_and, rule_years_that_end_a_title, rule_quotation_opening_the_note_before_its_source_is_the_title, rule_place_ending_a_title_before_its_year, rule_place_after_a_name_without_an_imprint_is_a_title, rule_bracketed_place_ending_a_short_title_names_its_edition, rule_volumes_and_imprint_in_a_bracket_after_a_title, rule_name_in_prose_before_a_title, rule_short_form_in_prose_opening_a_list, rule_short_book_after_in_is_the_container, rule_plural_possessive_inside_a_title_runs_on,
                     rule_prose_before_an_imprint_is_a_cite, rule_place_and_year_after_a_colon_close_the_title, rule_cite_after_a_quotation_ending_a_sentence,
                     rule_author_named_before_in_and_a_title,
                     rule_title_after_in_and_an_editor_is_the_container,
                     rule_title_after_a_dated_item_and_before_its_editors_is_the_container,
                     
                     rule_title_after_a_quoted_title_and_in_is_the_container, rule_in_and_a_possessive_after_a_title_open_its_container, rule_title_ending_on_a_small_word_goes_on_over_the_name,
                     rule_degree_and_thesis_are_the_genre, rule_university_after_a_thesis_is_its_publisher,
                     rule_title_beside_a_jahrgang_is_the_periodical,
                     rule_end_of_a_quotation_is_no_title,
                     rule_issue_after_for_closes_the_periodical, 
                     rule_name_opening_a_container_after_in_is_its_editor, rule_in_and_a_name_inside_a_title_run_open_its_container, rule_name_and_title_after_a_quoted_pieces_in_are_its_book, rule_case_by_its_parties_and_report, rule_case_by_its_report_alone,
                     rule_manuscripts_after_a_quotation_are_its_source, rule_hearings_before_a_committee_are_one_title, rule_chamber_after_a_congress_and_session_is_no_title,
                     rule_manuscript_note_by_a_person_is_a_title)
from .vocabulary import (rule_reference_to_an_earlier_note, rule_book_number_is_no_ibid, rule_ibid_marker_keeps_its_comma_and_pages, rule_title_after_a_same_author_marker, rule_name_before_an_ibid_is_its_author, rule_ibid_vocabulary, rule_in_ibid_is_the_container, rule_lead_in_words,
                         rule_in_idem_and_a_title_is_the_authors_book, rule_in_his_and_a_title_is_the_authors_book, rule_no_place_imprint, rule_number_read_as_ibid_is_the_pinpoint)

#: The rules, in the order they run: vocabulary, italics, names, titles, then pinpoints.
RULES: list[Callable[..., list[str]]] = [
    # vocabulary and italics
    rule_ibid_vocabulary, rule_lead_word_and_comma_opening_a_run_are_prose, rule_reference_to_an_earlier_note, rule_book_number_is_no_ibid, rule_number_read_as_ibid_is_the_pinpoint, rule_italic_titles,
    rule_title_starts_at_its_italics, rule_title_ends_at_its_italics, rule_doi_label_and_its_doi_are_the_doi, rule_web_address_read_as_a_doi_is_its_url, rule_web_address_ending_a_run_is_its_own_run, rule_url_cut_after_a_hyphen_is_one_url, rule_address_inside_a_pages_run_ends_it,
    rule_no_place_imprint, rule_in_idem_and_a_title_is_the_authors_book,
    # sentences and imprints that are not what the tagger read
    rule_sentence_is_not_a_title, rule_lead_in_clause_before_a_colon_is_prose, rule_title_opens_on_a_capital, rule_capitalised_small_word_opens_the_title,
    rule_bracketed_ellipsis_stays_inside_its_title, rule_note_in_title_case_is_a_title, rule_title_takes_back_its_head_and_of, rule_container_of_only_in_and_its_article_takes_the_name_after_it, rule_publisher_alone_after_a_lead_in_is_a_title, rule_author_by_and_title_entitled_in_prose, rule_unquoted_title_after_entitled, 
    rule_reviewer_named_before_review_of, rule_review_names_the_book_and_its_author, rule_part_of_a_book_opens_its_title, rule_title_of_garbled_words_is_prose,
    rule_writer_named_in_a_sentence_before_a_quoted_title, rule_years_glued_to_a_works_noun_end_its_title, rule_year_named_work_before_its_imprint, rule_years_listed_after_a_titles_year_end_the_title,
    # names
    rule_pseudonym_stays_with_its_name, rule_nickname_in_quotes_stays_in_its_name, rule_role_cue_inside_a_title, rule_bracketed_first_year_ending_a_title_is_its_date, rule_worded_role_before_names, rule_initial_cut_from_its_name_opens_it, rule_name_opens_on_a_capital, rule_editor_named_before_ed_after_in, rule_title_words_before_the_editors_word_end_the_title, rule_in_and_colon_opening_a_name_run_is_prose, rule_book_and_its_editor_read_as_one_editor_run_after_in, rule_word_after_a_full_name_and_its_comma_opens_the_title,
    rule_body_opening_the_cite_is_its_author, rule_full_name_and_stop_after_a_semicolon_is_the_author, rule_style_of_address_after_an_inverted_name_joins_it,
    rule_pinpoint_inside_a_run, rule_quoted_title_after_a_cue, rule_possessive_names_a_work, rule_title_after_a_name_and_in_mid_sentence, rule_verb_after_a_title_case_run_is_prose, rule_lower_case_clause_after_a_title_case_run_is_prose, rule_possessive_after_a_comma_in_a_possessives_title,
    rule_plural_possessive_inside_a_title_runs_on, rule_writings_noun_in_a_name_run_is_a_title, rule_latin_preposition_after_a_name_opens_its_title, rule_work_noun_on_a_capitalised_title, rule_genitive_name_and_a_work_noun_are_the_author_alone, rule_name_run_holding_a_title_after_its_comma,
    # titles, containers and periodicals
    rule_no_field_opens_with_and, rule_two_titles_joined_by_and, rule_title_before_a_parenthesised_pinpoint, rule_title_after_a_work_noun, rule_letter_of_a_name_is_its_title, rule_letter_to_a_name_is_its_title, rule_serial_named_after_a_lead_word_is_a_title,
    rule_container_after_a_name_is_the_title,
    rule_container_opening_a_cite_before_a_publishers_imprint_is_a_book,
    rule_title_after_a_volume_word_is_the_volumes_title,
    rule_quotation_between_a_name_and_its_imprint_is_the_title, rule_quoted_title_ends_at_its_quote, rule_quoted_title_after_a_name, rule_bare_name_and_quoted_title_left_as_prose, rule_short_form_cited_in_prose, rule_title_in_prose_before_an_imprint, rule_title_case_phrase_after_a_possessive_is_a_title, rule_title_and_pinpoint_in_brackets_after_prose,
    rule_end_of_a_quotation_is_no_title, rule_speech_verb_ends_a_name_run,
    rule_manuscripts_after_a_quotation_are_its_source,
    rule_title_after_in_and_an_editor_is_the_container,
    rule_title_after_a_dated_item_and_before_its_editors_is_the_container,
    rule_title_after_a_quoted_title_and_in_is_the_container, rule_in_and_a_possessive_after_a_title_open_its_container,
    rule_title_ending_on_a_small_word_goes_on_over_the_name,
    rule_name_opening_a_container_after_in_is_its_editor, rule_in_and_a_name_inside_a_title_run_open_its_container, rule_name_and_title_after_a_quoted_pieces_in_are_its_book,
    rule_degree_and_thesis_are_the_genre, rule_university_after_a_thesis_is_its_publisher,
    rule_title_beside_a_jahrgang_is_the_periodical,
    rule_full_name_read_as_title_before_a_book, rule_organisation_between_two_dates_is_the_publisher, rule_name_before_a_volume_numeral_is_the_title, rule_one_word_title_before_a_book_is_its_author, rule_bracketed_year_after_a_title_in_prose_is_its_date,
    rule_lead_in_sentence_before_a_title, rule_sentence_opening_the_note_before_a_name_is_prose, rule_inverted_name_opening_a_title_run, rule_name_glued_to_a_quoted_title,
    rule_title_read_into_an_inverted_name, rule_et_al_ends_the_names,
    # where names and titles meet
    rule_quoted_titles_of_a_list_are_each_a_title, rule_periodical_after_a_translated_quoted_title_is_the_container,
    rule_quoted_title_before_its_bracketed_periodical, rule_note_between_a_quoted_title_and_its_issue_is_the_periodical, rule_entry_of_a_dictionary, rule_entry_named_sub_verbo, rule_year_and_colon_open_the_title, rule_elided_article_after_a_comma_opens_the_title, rule_name_ends_on_surname, rule_name_suffix_ends_the_name,
    rule_parties_of_a_case_are_its_title, rule_lower_case_word_ending_a_name_run_is_prose, rule_initials_and_family_name_before_a_title, rule_colon_ends_a_title_not_a_name, rule_inverted_name_ends_before_its_title, rule_abbreviated_word_after_an_inverted_name_opens_the_title, rule_second_name_after_a_comma_is_a_title, rule_lower_case_subtitle_before_the_imprint_continues_the_title, rule_name_after_a_title_before_its_imprint, rule_name_glued_to_a_title_before_its_imprint_ends_the_title, rule_word_naming_no_one_after_a_natural_name_opens_the_title, rule_name_opening_a_title_run, rule_family_name_before_a_quoted_title_ends_the_author,
    rule_name_and_title_after_in_split, rule_known_name_opening_a_title_after_in_is_its_author, rule_given_name_read_as_prose_opens_the_author_after_it, rule_family_name_and_comma_opening_a_short_form_is_its_author, rule_family_name_and_comma_opening_a_title_run_before_its_pinpoint, rule_second_word_of_an_author_run_before_a_serial_year_is_the_title, rule_article_opening_an_author_run_names_a_title, rule_word_in_no_name_after_an_authors_comma_opens_the_title, rule_worded_pinpoint_ends_a_name_run, rule_words_after_an_authors_comma_are_a_short_title, rule_note_of_only_a_name, rule_by_inside_a_name_run, rule_translator_named_before_the_title_and_its_author, rule_family_name_after_an_initial_opens_no_title, rule_main_title_read_into_the_author_before_its_subtitle, rule_person_read_as_a_title_before_a_titled_imprint_is_its_author, rule_by_author_then_periodical, rule_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher,
    rule_name_list_before_a_title, rule_family_name_joined_to_an_author, 
    rule_reviewed_book_after_a_title_is_a_note, rule_name_in_prose_before_a_title, rule_short_form_in_prose_opening_a_list, rule_prose_before_an_imprint_is_a_cite, rule_place_and_year_after_a_colon_close_the_title, rule_cite_after_a_quotation_ending_a_sentence,
    rule_short_book_after_in_is_the_container,
    rule_title_in_a_writers_own_work, rule_author_named_before_in_and_a_title, rule_bracket_opening_on_in_after_a_title_names_its_container,
    rule_name_before_a_day_date_is_a_periodical, rule_initials_and_name_left_as_prose_before_a_title_are_its_author, rule_quoted_name_before_a_day_date_is_a_periodical,
    rule_paper_before_its_day_after_a_preposition_is_the_periodical,
    rule_in_ending_a_name_run_is_prose,
    rule_periodical_named_in_prose_with_its_day,
    rule_month_issue_with_volume_and_page_is_a_periodical, rule_name_ending_on_a_record_noun_is_a_title, rule_records_of_a_body_and_their_years_alone_are_a_work, rule_record_noun_opening_a_title_is_no_name,
    rule_name_before_in_and_a_periodical_is_its_author, rule_full_name_before_ed_is_the_editor,
    rule_name_between_a_quoted_title_and_its_day_is_the_periodical, rule_papers_name_before_a_quoted_headline_is_its_container,
    rule_outlet_between_a_day_and_the_address_is_the_container,
    # pinpoints and the imprint
    rule_publisher_and_year_in_a_bracket, rule_publisher_named_in_two_parts_before_a_second_imprint, rule_place_ending_a_publishers_name, rule_year_closing_the_imprint_is_its_date, rule_year_range_is_one_run, rule_person_titling_a_biography_before_its_imprint, rule_publisher_before_a_bracketed_year, rule_publisher_before_its_place_and_year, rule_volume_word_opens_its_volume, rule_numbered_document_and_its_pages, rule_documents_printed_in_a_short_form, rule_manuscript_mark_before_a_pinpoint, rule_count_of_volumes_is_no_pinpoint, rule_numbered_series_after_a_title_is_its_series, rule_numbered_series_before_the_imprint_bracket, rule_series_and_number_before_the_imprint_bracket, rule_page_inside_a_volume_run_is_the_pinpoint, rule_worded_volume_before_a_page_opens_the_pinpoint,
    rule_years_that_end_a_title, rule_quotation_opening_the_note_before_its_source_is_the_title, rule_place_ending_a_title_before_its_year, rule_place_after_a_name_without_an_imprint_is_a_title, rule_bracketed_place_ending_a_short_title_names_its_edition, rule_volumes_and_imprint_in_a_bracket_after_a_title, rule_issue_after_for_closes_the_periodical,
    rule_bare_number_is_no_date, rule_volume_ending_a_title_joins_its_pinpoint, rule_pinpoint_after_the_imprint, rule_part_of_the_book_and_its_page_after_the_imprint,
    rule_page_word_ending_a_title_opens_the_pinpoint, rule_part_of_the_book_read_as_a_title_opens_the_pinpoint, rule_book_ending_a_title_before_its_page_opens_the_pinpoint, rule_pinpoint_list_is_one_locator, rule_locator_grammar, rule_same_worded_pinpoint_after_a_semicolon_joins_it, rule_years_of_annals_are_the_pinpoint, rule_volume_and_issue_date_before_the_pinpoint, rule_issue_number_after_a_periodical_is_its_issue, 
    rule_months_before_a_year_are_the_date, rule_periodicals_day_written_without_a_comma_is_the_date, rule_day_range_before_a_dated_month_is_the_date, rule_day_date_after_an_ibid_is_its_date, rule_part_and_its_number_open_the_pinpoint, rule_page_after_a_day_date_is_the_pinpoint, rule_pinpoint_opening_a_note_run,
    rule_name_after_a_pinpoint_opens_a_short_form, rule_short_form_on_its_own, rule_name_and_page_alone_are_a_short_form, rule_short_form_listed_after_a_short_form, rule_name_and_volume_page,
    rule_day_of_a_diary_is_its_pinpoint,
    rule_worded_pinpoint_ends_a_title, 
    rule_short_title_opening_the_note, 
    rule_reprint_opens_a_second_imprint, rule_original_year_after_the_imprint, rule_in_ibid_is_the_container, rule_ibid_marker_keeps_its_comma_and_pages, rule_title_after_a_same_author_marker, rule_foreign_title_after_a_nationality,
    rule_page_in_prose_is_a_pinpoint, rule_bracketed_book_and_chapter_in_prose_is_a_pinpoint, rule_division_before_in_and_its_container,
    rule_roman_volume_before_a_page_heads_the_pinpoint, rule_roman_volume_and_page_after_a_quoted_title_are_the_pinpoint, rule_name_and_roman_volume_page_are_a_short_form, rule_page_numbers_read_as_an_isbn_are_the_pinpoint, rule_roman_book_before_a_number_joins_the_pinpoint,
    rule_one_word_before_a_numbered_part_is_a_title,
    rule_series_ending_a_title_heads_the_volume, rule_series_number_in_brackets_is_no_pinpoint, rule_numbered_series_after_a_title_opens_the_pinpoint,
    rule_numbered_part_after_a_title, rule_entry_of_a_reference_work, rule_pinpoint_names_what_precedes_it, rule_title_opening_inside_a_quotation_opens_at_its_quote, rule_name_and_possessive_title, rule_lead_in_words, rule_elided_article_opens_a_title_not_a_name, rule_quoted_list_is_no_name,
    rule_by_after_a_title_names_its_maker, rule_page_word_run_after_a_name_is_the_pinpoint,
    rule_classical_author_and_book, rule_cut_name_and_cut_title_before_a_classical_pinpoint, rule_work_cited_apud_its_source,
    rule_name_and_bracketed_title, rule_possessive_and_piece_before_its_bracketed_source_are_prose, rule_name_before_a_bracketed_title_and_imprint, rule_part_word_after_a_title_is_the_pinpoint, rule_chapter_before_the_imprint_bracket_is_the_pinpoint,
    rule_page_glued_to_a_colon_after_a_name_is_the_pinpoint, rule_volume_and_page_after_an_author_and_title_are_the_pinpoint, rule_circa_before_a_year_joins_its_date, rule_quoted_title_case_words_before_a_pinpoint_are_its_title, rule_volume_glued_to_its_pages_joins_the_pinpoint,
    rule_page_glued_to_its_word_ending_a_run_is_the_pinpoint, rule_page_after_a_comma_inside_an_imprint_run_is_the_pinpoint, rule_page_read_as_a_date_is_the_pinpoint, rule_pinpoint_after_an_authors_comma_and_year, rule_acronym_volume_and_page_is_a_short_form, rule_abbreviated_collection_volume_and_number_is_a_short_form,
    # where one cite ends and the next begins
    rule_translation_named_after_its_original_is_a_title, rule_posting_day_and_blog_of_a_web_page, rule_title_comma_by_a_person_in_prose_is_a_work, rule_titles_listed_after_a_colon_are_each_a_title, rule_genre_opening_a_cite_before_its_quoted_title, rule_description_before_an_edited_book_is_prose, rule_name_and_colon_after_in_head_the_title, rule_words_and_colon_after_in_head_the_title, rule_person_and_years_of_life_are_prose, rule_letter_and_its_day_are_a_cite, rule_public_law_number_is_the_title, rule_title_after_a_dated_item_is_its_container, rule_topic_clause_before_the_sources_is_prose, rule_year_and_in_inside_a_title_end_it, rule_speakers_before_a_debates_record_are_prose,
    rule_person_named_by_an_office_is_prose, rule_role_abbreviation_ends_a_name_run,
    rule_volume_of_a_documentary_series_is_one_title, rule_item_said_to_be_printed_in_a_work_is_a_cite, rule_work_after_author_of_and_its_year, rule_abbreviated_series_opening_a_cite_is_its_title,
    rule_edition_year_in_brackets_after_a_title, rule_publisher_heading_a_cite_without_a_title_is_its_title,
    rule_citing_phrase_opens_a_new_cite, rule_name_before_an_ibid_is_its_author, rule_bracketed_author_date_cites_in_prose,
    rule_second_author_after_by_in_a_cite_is_its_editor,
    rule_numbered_list_of_short_items_is_prose, rule_table_in_a_note_is_prose, rule_archive_after_a_dated_item_stays_in_its_cite, 
    rule_imprint_read_before_its_bracket,
    rule_sentence_of_a_title_and_pinpoint, rule_worded_pinpoint_read_as_a_note_after_a_title, rule_sentence_of_a_title_and_bare_pinpoint, rule_name_title_and_page_opening_a_sentence, rule_author_and_title_after_a_full_stop_in_a_title_run, rule_one_word_title_ends_at_its_stop, rule_semicolon_ends_a_name_run, rule_semicolon_after_a_bracket_ends_a_title_run, rule_title_in_a_name,
    rule_semicolon_and_name_inside_a_title_open_a_short_form, rule_semicolon_in_an_unclosed_quotation_before_a_named_quotation_ends_it, rule_semicolon_inside_an_authors_title_ends_it, rule_short_form_after_a_semicolon_in_a_list_of_short_forms,
    rule_and_before_a_name_ends_a_number_run, rule_and_a_named_author_of_a_quoted_title_open_a_cite,
    rule_note_run_ends_with_its_sentence,
    rule_lead_in_clause_before_see_is_prose, rule_source_phrase_opening_a_sentence_is_prose,
    # a title the rules above opened on a possessive
    rule_possessive_opening_a_title_is_its_author, rule_possessives_piece_in_a_book_names_its_writer_and_book, rule_possessive_name_after_an_authors_comma_opens_the_title,
    rule_possessive_naming_a_periodical_is_its_title,
    rule_editor_run_without_an_editor_word_is_an_author_and_title, rule_possessive_pronoun_is_no_name, rule_name_after_a_possessive_pronoun_is_a_title, rule_in_his_and_a_title_is_the_authors_book, rule_word_after_the_before_a_bracket_is_no_author, rule_title_of_address_is_no_title,
    rule_series_in_brackets_after_the_pinpoint_is_prose, rule_whose_statement_in_brackets_is_prose,
    # a law case by its parties and report, whatever the rules above read
    rule_case_by_its_parties_and_report, rule_case_by_its_report_alone,
    # a congressional hearing's title, however the rules above cut it; a manuscript note named by its writer
    rule_hearings_before_a_committee_are_one_title, rule_manuscript_note_by_a_person_is_a_title,
    # the unit of a body named after the body, however the rules above cut them
    rule_unit_of_a_body_after_its_comma_joins_the_author, rule_editor_word_opening_a_cite_makes_its_names_editors,
    rule_chamber_after_a_congress_and_session_is_no_title,
    # a cross-reference any rule above read as a short form
    rule_back_reference_names_no_work, rule_division_of_the_text_names_no_work, rule_document_of_the_edition_names_no_work,
    # a book cited by its title and year alone, left all prose by the tagger
    rule_title_and_its_year_alone_open_the_note, rule_statement_of_a_person_left_as_prose_is_a_title, rule_name_and_title_left_as_prose_before_a_pinpoint,
    # a passage quoted from a source, whatever the rules above read in it
    rule_quoted_passage_is_prose, rule_quotation_before_its_bracketed_source_is_prose, rule_quotation_after_a_titles_small_word_is_inside_it,
    # the short form a bracket says later notes use, whatever the rules above read in it
    rule_henceforth_bracket_is_a_note_of_its_cite,
]
#: Rules that also read the spans the document set in italics.
ITALIC_RULES = frozenset({rule_italic_titles, rule_title_starts_at_its_italics, rule_title_ends_at_its_italics, rule_sentence_is_not_a_title, rule_verb_after_a_title_case_run_is_prose, rule_lower_case_clause_after_a_title_case_run_is_prose,
                          rule_title_opens_on_a_capital})


def apply_rules(text: str, tokens: Sequence[Token], tags: list[str],
                italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Run every rule of :data:`RULES` in order (rules in :data:`ITALIC_RULES` get ``italic_spans``), each whose
    :func:`~.needs.needs` clauses hold; a note of no token (empty, or blank) keeps its (no) tags."""
    global _PLAN
    if not tokens:
        return list(tags)
    if not _PLAN.is_for(RULES, ITALIC_RULES):  # (RULES changed: a benchmark leaves rules out)
        _PLAN = Plan(RULES, ITALIC_RULES)
    return _PLAN.run(text, tokens, tags, italic_spans)


_PLAN = Plan(RULES, ITALIC_RULES)
