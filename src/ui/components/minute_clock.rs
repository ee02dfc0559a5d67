use crate::ui::browser;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The minute it is now, counted from the Unix epoch: what [`MinuteClock`] shares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Minute(pub i64);

impl Minute {
    fn now() -> Minute {
        Minute(browser::now().timestamp_millis().div_euclid(60_000))
    }

    fn milliseconds_left(self) -> u32 {
        let next = (self.0 + 1) * 60_000;
        (next - browser::now().timestamp_millis()).clamp(0, 60_000) as u32
    }
}

#[derive(Properties, PartialEq)]
pub struct MinuteClockProps {
    pub children: Html,
}

/// Tells the components under it (through `use_now`) that a new minute has begun.
///
/// Deadlines are whole minutes and countdowns read in minutes, so nothing on screen changes
/// between two minute boundaries. One timer for the whole app, fired on the boundary, wakes
/// every countdown in a single render pass, instead of a timer per countdown.
#[function_component(MinuteClock)]
pub fn minute_clock(props: &MinuteClockProps) -> Html {
    let minute = use_state(Minute::now);
    {
        let setter = minute.setter();
        use_effect_with(*minute, move |minute| {
            let timer = Timeout::new(minute.milliseconds_left(), move || {
                setter.set(Minute::now())
            });
            move || drop(timer)
        });
    }
    html! {
        <ContextProvider<Minute> context={*minute}>{ props.children.clone() }</ContextProvider<Minute>>
    }
}
