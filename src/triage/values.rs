//! The closed value sets of the CONTRACT (enquiry fields and decision values).
//!
//! Every enum here has `ALL`, `as_str()` (the contract value), `FromStr` and serde that
//! go through the contract value, so an unknown value is an error that names the field
//! and the values allowed.

use std::fmt;
use std::str::FromStr;

/// A value that is not one of a field's allowed values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value {value:?} for {field}; expected one of: {}", allowed.join(", "))]
pub struct UnknownValue {
    /// The field (CONTRACT name), e.g. `threat`.
    pub field: &'static str,
    /// The value given.
    pub value: String,
    /// Every allowed value.
    pub allowed: &'static [&'static str],
}

/// Declares a contract enum with `ALL`, `VALUES`, `FIELD`, `as_str`, `FromStr`,
/// `Display` and string-based serde.
macro_rules! contract_enum {
    (
        $(#[$meta:meta])*
        $name:ident = $field:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in CONTRACT order.
            pub const ALL: &'static [Self] = &[ $( Self::$variant, )+ ];
            /// Every contract value as text, in the order of `ALL`.
            pub const VALUES: &'static [&'static str] = &[ $( $value, )+ ];
            /// The field or list this value belongs to, as named in the CONTRACT.
            pub const FIELD: &'static str = $field;

            /// The contract value, e.g. `"15_17"`.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $( Self::$variant => $value, )+
                }
            }

            /// Position in `ALL` (the engine keeps sets of values as bits).
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(text: &str) -> Result<Self, UnknownValue> {
                match text {
                    $( $value => Ok(Self::$variant), )+
                    _ => Err(UnknownValue {
                        field: $field,
                        value: text.to_owned(),
                        allowed: Self::VALUES,
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "one of: {}", $name::VALUES.join(", "))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(Visitor)
            }
        }
    };
}

contract_enum! {
    /// How the enquiry reached the contact point.
    Channel = "channel" {
        /// The public web form.
        WebForm = "web_form",
        /// The anonymous chat.
        Chat = "chat",
        /// A callback request.
        Callback = "callback",
        /// Sent by a municipality.
        Municipality = "municipality",
        /// A phone call typed in by staff.
        Phone = "phone",
    }
}

contract_enum! {
    /// Who is writing: the person who wants to leave, a relative or a professional.
    Enquirer = "enquirer" {
        /// The person who wants to leave.
        SelfPerson = "self",
        /// A parent, partner, sibling or other relative.
        Relative = "relative",
        /// A professional (school, healthcare, municipality, …).
        Professional = "professional",
    }
}

contract_enum! {
    /// Where a professional enquirer works.
    ProfessionalOrg = "professional_org" {
        /// A municipality.
        Municipality = "municipality",
        /// A school.
        School = "school",
        /// Healthcare.
        Healthcare = "healthcare",
        /// The police.
        Police = "police",
        /// Prison and probation.
        PrisonProbation = "prison_probation",
        /// Civil society.
        CivilSociety = "civil_society",
        /// Anywhere else.
        Other = "other",
    }
}

contract_enum! {
    /// The age band of the person who wants to leave (not of the writer).
    AgeBand = "age_band" {
        /// Under 15: a child.
        Under15 = "under_15",
        /// 15–17: a child.
        From15To17 = "15_17",
        /// 18–20.
        From18To20 = "18_20",
        /// 21–25.
        From21To25 = "21_25",
        /// 26 or older.
        From26 = "26_plus",
        /// Not known.
        Unknown = "unknown",
    }
}

impl AgeBand {
    /// Under 18.
    pub fn is_child(self) -> bool {
        matches!(self, Self::Under15 | Self::From15To17)
    }
}

contract_enum! {
    /// The gender of the person who wants to leave.
    Gender = "gender" {
        /// Female (girls and women).
        Female = "female",
        /// Male.
        Male = "male",
        /// Another gender.
        Other = "other",
        /// Not known.
        Unknown = "unknown",
    }
}

contract_enum! {
    /// The environment the person wants to leave.
    Environment = "environment" {
        /// A criminal network.
        CriminalNetwork = "criminal_network",
        /// A violent extremist environment.
        ViolentExtremism = "violent_extremism",
        /// An honour-related environment.
        HonourRelated = "honour_related",
        /// Not known.
        Unknown = "unknown",
    }
}

contract_enum! {
    /// What the enquiry is: about a person (the default), a professional's consultation
    /// about a person they do not name, or method support (how to work; no person).
    EnquiryType = "enquiry_type" {
        /// About a person.
        Case = "case",
        /// A professional asks about a person without naming them.
        Consultation = "consultation",
        /// How to work; no person.
        MethodSupport = "method_support",
    }
}

impl EnquiryType {
    /// A consultation or method support: the asker wants advice, no person is referred.
    pub fn is_advice(self) -> bool {
        !matches!(self, Self::Case)
    }
}

contract_enum! {
    /// The age band of a relative who writes (the subject's is `age_band`).
    WriterAgeBand = "writer_age_band" {
        /// Under 15: a child.
        Under15 = "under_15",
        /// 15–17: a child.
        From15To17 = "15_17",
        /// 18–20.
        From18To20 = "18_20",
        /// 21–25.
        From21To25 = "21_25",
        /// 26 or older.
        From26 = "26_plus",
        /// Not known.
        Unknown = "unknown",
    }
}

impl WriterAgeBand {
    /// Under 18.
    pub fn is_child(self) -> bool {
        matches!(self, Self::Under15 | Self::From15To17)
    }
}

contract_enum! {
    /// The person's situation.
    Situation = "situation" {
        /// Serving a prison sentence.
        InCustody = "in_custody",
        /// On remand (*häkte*): no sentence, release can come the same day.
        OnRemand = "on_remand",
        /// On probation.
        OnProbation = "on_probation",
        /// Placed at a SiS home.
        SisPlacement = "sis_placement",
        /// Placed by a municipality's social services (LVU/SoL: HVB, foster home), by a
        /// municipality that may not be the one where the person is.
        PlacedBySocialServices = "placed_by_social_services",
        /// A protected witness (*bevisperson*).
        ProtectedWitness = "protected_witness",
        /// Protected identity (*skyddad folkbokföring*, *sekretessmarkering*).
        ProtectedIdentity = "protected_identity",
        /// Outside Sweden now.
        Abroad = "abroad",
        /// Already in a defector programme.
        InProgramme = "in_programme",
        /// Already has an open case with social services.
        OpenSocialServicesCase = "open_social_services_case",
    }
}

contract_enum! {
    /// Risks to or from the person the enquiry is about, or to the relative who writes.
    Risk = "risks" {
        /// About to be taken abroad (e.g. for marriage).
        TakenAbroad = "taken_abroad",
        /// Also a victim of violence in a close relationship.
        PartnerViolence = "partner_violence",
        /// The relative who writes is threatened.
        ThreatToWriter = "threat_to_writer",
        /// The person may harm others.
        ThreatToOthers = "threat_to_others",
        /// The person may harm themself.
        SelfHarm = "self_harm",
    }
}

contract_enum! {
    /// How threatened the person is.
    Threat = "threat" {
        /// Acute danger to life.
        Acute = "acute",
        /// A serious threat.
        Serious = "serious",
        /// Some threat (`some`).
        SomeThreat = "some",
        /// No threat (`none`).
        NoThreat = "none",
        /// Not known.
        Unknown = "unknown",
    }
}

contract_enum! {
    /// What the person needs.
    Need = "needs" {
        /// Protection.
        Protection = "protection",
        /// Moving to another municipality.
        Relocation = "relocation",
        /// Housing.
        Housing = "housing",
        /// Economy.
        Economy = "economy",
        /// Psychiatric care.
        Psychiatric = "psychiatric",
        /// Treatment for substance abuse.
        SubstanceAbuse = "substance_abuse",
        /// Work or education.
        WorkEducation = "work_education",
        /// Family support.
        Family = "family",
        /// Voluntary return to another country.
        VoluntaryReturn = "voluntary_return",
        /// Legal advice.
        Legal = "legal",
        /// Something else.
        Other = "other",
    }
}

contract_enum! {
    /// Citizenship of the person who wants to leave.
    Citizenship = "citizenship" {
        /// Swedish citizen.
        Swedish = "swedish",
        /// Another citizenship.
        Other = "other",
        /// Not known.
        Unknown = "unknown",
    }
}

contract_enum! {
    /// How urgently the recipient must act; `P1` is the most urgent.
    Priority = "priority" {
        /// Act now: acute danger.
        P1 = "P1",
        /// The same day.
        P2 = "P2",
        /// Within two working days.
        P3 = "P3",
    }
}

contract_enum! {
    /// What a recipient is asked to do.
    Role = "role" {
        /// Takes the case; exactly one per decision.
        Primary = "primary",
        /// Acts alongside the primary.
        Secondary = "secondary",
        /// Is told, does not act.
        Inform = "inform",
    }
}

contract_enum! {
    /// Facts staff must see at a glance.
    Flag = "flags" {
        /// Acute danger to life.
        AcuteDanger = "acute_danger",
        /// The person is under 18.
        Child = "child",
        /// The host is an authority, so concern about a child must be reported to social services.
        MandatoryReport = "mandatory_report",
        /// Adapt to the circumstances of girls and women.
        GenderSpecific = "gender_specific",
        /// A threat that may require moving to another municipality.
        RelocationCandidate = "relocation_candidate",
        /// Psychiatric needs.
        PsychiatricNeeds = "psychiatric_needs",
        /// Inform about voluntary return and Migrationsverket's return grants.
        VoluntaryReturnInfo = "voluntary_return_info",
        /// Nothing may be shared beyond the contact point until the person consents.
        ConsentRequired = "consent_required",
        /// Contact needs an interpreter.
        NeedsInterpreter = "needs_interpreter",
        /// Protected identity: address data only to named handlers, never exported.
        ProtectedIdentity = "protected_identity",
        /// The person may harm themself: 112 and 90101 are named, psychiatry takes part.
        SelfHarmRisk = "self_harm_risk",
        /// The person may harm others: the police assess the risk.
        ThreatToOthers = "threat_to_others",
        /// On remand: a criminal case is pending, release can come the same day.
        PendingCase = "pending_case",
        /// The person already has a handler (a programme or an open social-services case).
        ExistingContact = "existing_contact",
        /// About to be taken abroad: consider a travel ban (*utreseförbud*) and do not
        /// contact the guardians first.
        ConsiderTravelBan = "consider_travel_ban",
        /// A guardian consented for a child: that consent reaches social services only.
        GuardianConsent = "guardian_consent",
        /// A professional states that the person agreed to share: confirm it with them.
        ConsentStated = "consent_stated",
    }
}

contract_enum! {
    /// Things to tell the person (or staff) right away.
    Notice = "notices" {
        /// Call 112 now.
        Call112 = "call_112",
        /// Självmordslinjen, 90101, for thoughts of suicide.
        Call90101 = "call_90101",
        /// The police, 114 14 (not urgent).
        Call11414 = "call_114_14",
        /// The municipal social-services emergency line.
        CallSocialjour = "call_socialjour",
        /// BRIS, 116 111, for children.
        CallBris = "call_bris",
        /// Kvinnofridslinjen, 020-50 50 50, around the clock.
        CallKvinnofridslinjen = "call_kvinnofridslinjen",
        /// 1177 Vårdguiden.
        Call1177 = "call_1177",
        /// The primary recipient is closed now; see its `out_of_hours`.
        PrimaryClosed = "primary_closed",
        /// A civil-society recipient is listed: send it no data about offences.
        NoOffenceData = "no_offence_data",
        /// For staff: the municipality that placed the person is responsible; find it.
        PlacingMunicipality = "placing_municipality",
        /// For staff: the region's psychiatry is needed but no municipality is known; find it.
        FindPsychiatry = "find_psychiatry",
    }
}
