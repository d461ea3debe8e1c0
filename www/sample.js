// The sample article behind the "sample" button. It is invented: the town, the people, the
// ferry and the organizations do not exist.
export const SAMPLE_TITLE = "Tide-charged ferry begins trials in Marrow Bay";

export const SAMPLE_TEXT = `Tide-charged ferry begins trials in Marrow Bay

The small harbour town of Marrow Bay began trials on Tuesday of a ferry that is charged by the tides, the first vessel of its kind on the Corrin Sound. The ferry, named Gullwing, was built over three years by the Corrin Sound Shipwrights' Cooperative together with engineers from the University of Estal.

Mayor Ilse Haverkamp called the launch "a quiet revolution for a loud coastline". She said the town had spent more than a decade looking for a way to replace its diesel ferries without raising fares for the roughly 4,000 people who cross the sound every day.

Gullwing does not sail on tidal power directly. While it is moored at the Marrow Bay pier, two underwater turbines beneath the landing stage turn with the incoming and outgoing tide and charge the ferry's batteries. A full charge lasts for six crossings, according to Dr. Tomas Okafor, who leads the battery project at the University of Estal.

The first week of trials carries no passengers. Instead, the crews will test how the batteries behave in winter storms, which regularly close the sound for days at a time. If the trials succeed, the Corrin Sound Shipwrights' Cooperative plans to build two more ferries by 2031.

Not everyone is convinced. The Marrow Bay Fishermen's Association warned that the turbines could disturb the spawning grounds of the local herring. Its chair, Petra Lund, said the association supports cleaner ferries but wants an independent study of the seabed before a second pair of turbines is installed.

Mayor Ilse Haverkamp promised that the town would publish the turbine measurements every month. "If the herring object, we will listen," she said.

Gullwing is expected to carry its first passengers in early spring, when the regular timetable between Marrow Bay and the island of Skell resumes.
`;
