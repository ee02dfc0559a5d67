use crate::domain::calendar::dates::{hours_minutes, month_name, weekday_name};
use crate::domain::calendar::BusinessCalendar;
use crate::ui::format::zone_city;
use chrono::{DateTime, Datelike, Utc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupportHoursNoticeProps {
    pub calendar: BusinessCalendar,
    /// When the clocks would start.
    pub at: DateTime<Utc>,
}

/// Whether support is open at `at`, and if not, when it opens and the clocks start.
#[function_component(SupportHoursNotice)]
pub fn support_hours_notice(props: &SupportHoursNoticeProps) -> Html {
    let calendar = &props.calendar;
    if calendar.is_open(props.at) {
        return html! { <p class="support-hours open">{ "Support is open now: the clocks have started." }</p> };
    }
    let zone = calendar.time_zone();
    let text = match calendar.next_opening(props.at) {
        Ok(opening) => {
            let local = opening
                .with_timezone(&zone.offset_at(opening))
                .naive_local();
            let weekday = weekday_name(local.weekday());
            // Within the coming week the weekday is enough; further off, the date says it.
            let when = if opening - props.at < chrono::TimeDelta::days(6) {
                format!("{weekday} {}", hours_minutes(local))
            } else {
                let month = month_name(local.month());
                format!("{weekday} {} {month} {}", local.day(), hours_minutes(local))
            };
            format!(
                "Support is closed now. Support opens {when} ({}), and the clocks start then.",
                zone_city(zone.name())
            )
        }
        Err(error) => format!("Support is closed now, and {error}."),
    };
    html! { <p class="support-hours closed">{ text }</p> }
}
