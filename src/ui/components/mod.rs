//! Building blocks of the pages, one component a file.
pub mod question_step;
pub mod site_footer;
pub mod site_header;
