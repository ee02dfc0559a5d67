//! The priority questionnaire: a tree of plain questions whose answers end in one priority
//! and the clause of the procedure that matched. The tree is policy data, not view code.

use super::priority::PriorityId;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// A tree of questions, stored in the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// The id of the first question.
    pub start: String,
    pub questions: Vec<Question>,
}

/// One question and its possible answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, used in links (`#/classify/broken/production`).
    pub id: String,
    pub text: String,
    pub answers: Vec<Answer>,
}

/// One answer: its label, a short hint, and where it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Stable id, unique within its question.
    pub id: String,
    pub label: String,
    pub hint: String,
    pub leads_to: LeadsTo,
}

/// Where an answer leads: another question, or a classification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadsTo {
    Question(String),
    Outcome(Outcome),
}

/// A classification: the priority and the (1-based) clause of its definition that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Outcome {
    pub priority: PriorityId,
    pub clause: usize,
}

/// Where a walk through the questionnaire stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk<'a> {
    /// The questions answered so far, each with the answer given.
    pub trail: Vec<(&'a Question, &'a Answer)>,
    pub step: Step<'a>,
}

/// The next thing to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Ask(&'a Question),
    Done(Outcome),
}

/// Why a questionnaire or a walk through it is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionnaireError {
    NoQuestions,
    DuplicateQuestion(String),
    UnknownQuestion { from: String, to: String },
    NoAnswers(String),
    DuplicateAnswer { question: String, answer: String },
    Unreachable(String),
    Cycle(String),
    UnknownAnswer { question: String, answer: String },
    TooManyAnswers,
}

impl fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoQuestions => write!(f, "the questionnaire has no questions"),
            Self::DuplicateQuestion(id) => write!(f, "two questions have the id \"{id}\""),
            Self::UnknownQuestion { from, to } => {
                write!(
                    f,
                    "question \"{from}\" leads to \"{to}\", which does not exist"
                )
            }
            Self::NoAnswers(id) => write!(f, "question \"{id}\" has no answers"),
            Self::DuplicateAnswer { question, answer } => {
                write!(
                    f,
                    "question \"{question}\" has two answers with the id \"{answer}\""
                )
            }
            Self::Unreachable(id) => write!(f, "question \"{id}\" cannot be reached"),
            Self::Cycle(id) => write!(f, "question \"{id}\" leads back to itself"),
            Self::UnknownAnswer { question, answer } => {
                write!(
                    f,
                    "\"{answer}\" is not an answer to question \"{question}\""
                )
            }
            Self::TooManyAnswers => write!(f, "more answers were given than there are questions"),
        }
    }
}

impl std::error::Error for QuestionnaireError {}

impl Questionnaire {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// Follows the given answer ids from the first question.
    ///
    /// ```
    /// use sla_desk::domain::questionnaire::{Questionnaire, Step};
    /// use sla_desk::domain::priority::PriorityId;
    /// let tree = Questionnaire::default();
    /// let walk = tree.walk(&["broken", "production", "blocked"]).unwrap();
    /// match walk.step {
    ///     Step::Done(outcome) => assert_eq!((outcome.priority, outcome.clause), (PriorityId::P2, 1)),
    ///     Step::Ask(_) => panic!("expected a result"),
    /// }
    /// assert!(matches!(tree.walk(&["broken"]).unwrap().step, Step::Ask(q) if q.id == "system"));
    /// assert!(tree.walk(&["nonsense"]).is_err());
    /// ```
    pub fn walk<S: AsRef<str>>(&self, answers: &[S]) -> Result<Walk<'_>, QuestionnaireError> {
        let mut question = self.entry()?;
        let mut trail = Vec::with_capacity(answers.len());
        for (index, answer_id) in answers.iter().enumerate() {
            let answer_id = answer_id.as_ref();
            let answer = question
                .answers
                .iter()
                .find(|answer| answer.id == answer_id)
                .ok_or_else(|| QuestionnaireError::UnknownAnswer {
                    question: question.id.clone(),
                    answer: answer_id.to_string(),
                })?;
            trail.push((question, answer));
            match &answer.leads_to {
                LeadsTo::Question(next) => question = self.lookup(&question.id, next)?,
                LeadsTo::Outcome(outcome) if index + 1 == answers.len() => {
                    return Ok(Walk {
                        trail,
                        step: Step::Done(*outcome),
                    })
                }
                LeadsTo::Outcome(_) => return Err(QuestionnaireError::TooManyAnswers),
            }
        }
        Ok(Walk {
            trail,
            step: Step::Ask(question),
        })
    }

    /// The most questions any path from `question` still asks, counting `question` itself:
    /// with the questions already answered, it gives the progress "question 2 of 3".
    ///
    /// ```
    /// use sla_desk::domain::questionnaire::Questionnaire;
    /// let tree = Questionnaire::default();
    /// assert_eq!(tree.questions_left(tree.question("need").unwrap()), 3);
    /// assert_eq!(tree.questions_left(tree.question("production").unwrap()), 1);
    /// ```
    pub fn questions_left(&self, question: &Question) -> usize {
        // A validated tree has no cycles; the bound keeps an unvalidated one from recursing forever.
        self.questions_left_within(question, self.questions.len())
    }

    fn questions_left_within(&self, question: &Question, budget: usize) -> usize {
        if budget == 0 {
            return 0;
        }
        1 + question
            .answers
            .iter()
            .filter_map(|answer| match &answer.leads_to {
                LeadsTo::Question(next) => self.question(next),
                LeadsTo::Outcome(_) => None,
            })
            .map(|next| self.questions_left_within(next, budget - 1))
            .max()
            .unwrap_or(0)
    }

    /// Every outcome the tree can end in.
    pub fn outcomes(&self) -> impl Iterator<Item = Outcome> + '_ {
        self.questions
            .iter()
            .flat_map(|question| &question.answers)
            .filter_map(|answer| match answer.leads_to {
                LeadsTo::Outcome(outcome) => Some(outcome),
                LeadsTo::Question(_) => None,
            })
    }

    /// Checks that ids are unique, every link resolves, every question is reachable and every
    /// path ends in an outcome (no cycles).
    pub fn validate(&self) -> Result<(), QuestionnaireError> {
        let mut ids = HashSet::new();
        for question in &self.questions {
            if !ids.insert(question.id.as_str()) {
                return Err(QuestionnaireError::DuplicateQuestion(question.id.clone()));
            }
            if question.answers.is_empty() {
                return Err(QuestionnaireError::NoAnswers(question.id.clone()));
            }
            let mut answer_ids = HashSet::new();
            for answer in &question.answers {
                if !answer_ids.insert(answer.id.as_str()) {
                    return Err(QuestionnaireError::DuplicateAnswer {
                        question: question.id.clone(),
                        answer: answer.id.clone(),
                    });
                }
                if let LeadsTo::Question(next) = &answer.leads_to {
                    self.lookup(&question.id, next)?;
                }
            }
        }
        let entry = self.entry()?;
        let mut depth_first = DepthFirst {
            tree: self,
            state: HashMap::new(),
        };
        depth_first.visit(entry)?;
        match self
            .questions
            .iter()
            .find(|question| !depth_first.state.contains_key(question.id.as_str()))
        {
            Some(unreachable) => Err(QuestionnaireError::Unreachable(unreachable.id.clone())),
            None => Ok(()),
        }
    }

    fn entry(&self) -> Result<&Question, QuestionnaireError> {
        if self.questions.is_empty() {
            return Err(QuestionnaireError::NoQuestions);
        }
        self.lookup("start", &self.start)
    }

    fn lookup(&self, from: &str, to: &str) -> Result<&Question, QuestionnaireError> {
        self.question(to)
            .ok_or_else(|| QuestionnaireError::UnknownQuestion {
                from: from.to_string(),
                to: to.to_string(),
            })
    }
}

/// Cycle detection by the usual white/grey/black colouring.
struct DepthFirst<'a> {
    tree: &'a Questionnaire,
    /// `false` while a question is on the current path, `true` once all below it is done.
    state: HashMap<&'a str, bool>,
}

impl<'a> DepthFirst<'a> {
    fn visit(&mut self, question: &'a Question) -> Result<(), QuestionnaireError> {
        match self.state.get(question.id.as_str()) {
            Some(true) => return Ok(()),
            Some(false) => return Err(QuestionnaireError::Cycle(question.id.clone())),
            None => {}
        }
        self.state.insert(&question.id, false);
        for answer in &question.answers {
            if let LeadsTo::Question(next) = &answer.leads_to {
                let next = self.tree.lookup(&question.id, next)?;
                self.visit(next)?;
            }
        }
        self.state.insert(&question.id, true);
        Ok(())
    }
}

fn answer(id: &str, label: &str, hint: &str, leads_to: LeadsTo) -> Answer {
    Answer {
        id: id.into(),
        label: label.into(),
        hint: hint.into(),
        leads_to,
    }
}

fn ask(id: &str) -> LeadsTo {
    LeadsTo::Question(id.into())
}

fn classify(priority: PriorityId, clause: usize) -> LeadsTo {
    LeadsTo::Outcome(Outcome { priority, clause })
}

impl Default for Questionnaire {
    /// The tree of section 1 of the SLA rules.
    fn default() -> Self {
        use PriorityId::*;
        let minor = "Only a cosmetic or other minor error";
        let minor_hint = "Something looks wrong or is slightly off, but everything still works.";
        Self {
            start: "need".into(),
            questions: vec![
                Question {
                    id: "need".into(),
                    text: "What do you need help with?".into(),
                    answers: vec![
                        answer(
                            "broken",
                            "Something is broken or not working as it should",
                            "An error, an outage, something slow or something that looks wrong.",
                            ask("system"),
                        ),
                        answer(
                            "question",
                            "A question about using the service",
                            "How to do something, or what a feature does.",
                            classify(P4, 2),
                        ),
                        answer(
                            "feature",
                            "A feature that does not exist yet",
                            "You would like the service to do something new.",
                            classify(P5, 1),
                        ),
                    ],
                },
                Question {
                    id: "system".into(),
                    text: "Which system is affected?".into(),
                    answers: vec![
                        answer(
                            "production",
                            "Production",
                            "The live service your organisation works in every day.",
                            ask("production"),
                        ),
                        answer(
                            "test",
                            "Development or test system",
                            "A system used to try out changes before they go live.",
                            ask("test"),
                        ),
                    ],
                },
                Question {
                    id: "production".into(),
                    text: "How is production affected?".into(),
                    answers: vec![
                        answer(
                            "down",
                            "We cannot reach or use the service at all",
                            "Nobody can log in, or every page fails.",
                            classify(P1, 1),
                        ),
                        answer(
                            "blocked",
                            "It is usable, but transactions cannot be completed",
                            "A major function fails, so work cannot be finished.",
                            classify(P2, 1),
                        ),
                        answer(
                            "degraded",
                            "Transactions complete, but performance or quality of use suffers",
                            "Slow, awkward or unreliable, but work still gets done.",
                            classify(P3, 1),
                        ),
                        answer("minor", minor, minor_hint, classify(P4, 1)),
                    ],
                },
                Question {
                    id: "test".into(),
                    text: "How is the development or test system affected?".into(),
                    answers: vec![
                        answer(
                            "down",
                            "It is not accessible or not operational",
                            "Nobody can reach it, or it does not run.",
                            classify(P2, 2),
                        ),
                        answer(
                            "blocked",
                            "It is accessible, but a major functional loss stops transactions",
                            "It runs, but an important function fails there.",
                            classify(P3, 2),
                        ),
                        answer("minor", minor, minor_hint, classify(P4, 1)),
                    ],
                },
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PriorityId::*;

    fn outcome_of(answers: &[&str]) -> Outcome {
        match Questionnaire::default().walk(answers) {
            Ok(Walk {
                step: Step::Done(outcome),
                ..
            }) => outcome,
            other => panic!("{answers:?} did not end in an outcome: {other:?}"),
        }
    }

    #[test]
    fn every_row_of_the_rules_table_ends_in_its_priority_and_clause() {
        let rows: [(&[&str], PriorityId, usize); 9] = [
            (&["broken", "production", "down"], P1, 1),
            (&["broken", "production", "blocked"], P2, 1),
            (&["broken", "test", "down"], P2, 2),
            (&["broken", "production", "degraded"], P3, 1),
            (&["broken", "test", "blocked"], P3, 2),
            (&["broken", "production", "minor"], P4, 1),
            (&["broken", "test", "minor"], P4, 1),
            (&["question"], P4, 2),
            (&["feature"], P5, 1),
        ];
        for (answers, priority, clause) in rows {
            assert_eq!(
                outcome_of(answers),
                Outcome { priority, clause },
                "{answers:?}"
            );
        }
    }

    #[test]
    fn the_default_tree_is_valid() {
        assert_eq!(Questionnaire::default().validate(), Ok(()));
    }

    #[test]
    fn a_partial_walk_asks_the_next_question_and_keeps_the_trail() {
        let tree = Questionnaire::default();
        let walk = tree.walk(&["broken", "test"]).unwrap();
        assert!(matches!(walk.step, Step::Ask(question) if question.id == "test"));
        let answered: Vec<_> = walk
            .trail
            .iter()
            .map(|(q, a)| (q.id.as_str(), a.id.as_str()))
            .collect();
        assert_eq!(answered, [("need", "broken"), ("system", "test")]);
    }

    #[test]
    fn unknown_or_surplus_answers_are_errors() {
        let tree = Questionnaire::default();
        assert_eq!(
            tree.walk(&["broken", "staging"]).unwrap_err(),
            QuestionnaireError::UnknownAnswer {
                question: "system".into(),
                answer: "staging".into()
            }
        );
        assert_eq!(
            tree.walk(&["feature", "more"]).unwrap_err(),
            QuestionnaireError::TooManyAnswers
        );
    }

    #[test]
    fn validation_finds_broken_links_cycles_and_orphans() {
        let mut tree = Questionnaire::default();
        tree.questions[1].answers[0].leads_to = ask("nowhere");
        assert!(matches!(
            tree.validate(),
            Err(QuestionnaireError::UnknownQuestion { .. })
        ));

        let mut tree = Questionnaire::default();
        tree.questions[2].answers[0].leads_to = ask("need");
        assert_eq!(
            tree.validate(),
            Err(QuestionnaireError::Cycle("need".into()))
        );

        let mut tree = Questionnaire::default();
        tree.questions[1].answers[1].leads_to = classify(P2, 2);
        assert_eq!(
            tree.validate(),
            Err(QuestionnaireError::Unreachable("test".into()))
        );

        let mut tree = Questionnaire::default();
        tree.questions.push(tree.questions[0].clone());
        assert_eq!(
            tree.validate(),
            Err(QuestionnaireError::DuplicateQuestion("need".into()))
        );
    }

    #[test]
    fn every_priority_is_a_possible_outcome() {
        let tree = Questionnaire::default();
        let reached: HashSet<_> = tree.outcomes().map(|outcome| outcome.priority).collect();
        assert_eq!(reached.len(), PriorityId::ALL.len());
    }
}
