//! Building blocks of the pages, one component a file.
pub mod case_list_item;
pub mod classification_result;
pub mod clock_list;
pub mod countdown;
pub mod deadline_time;
pub mod minute_clock;
pub mod notices;
pub mod question_step;
pub mod result_actions;
pub mod save_case_form;
pub mod shell;
pub mod site_footer;
pub mod site_header;
pub mod status_badge;
pub mod support_hours_notice;
pub mod update_banner;
