# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""HR, recruiting and teaching."""

TABLE = """
# recruiting
Full-Cycle Recruiting: full-cycle recruiting; full cycle recruiting; full-cycle hiring; full-cycle recruitment; end-to-end recruitment; 360 recruitment
Technical Recruiting: technical recruiting; technical recruitment; tech recruiting; tech recruitment; technical recruiter
Executive Search: executive search; headhunting
Talent Acquisition: talent acquisition
~Recruiting: talent recruitment; recruitment and selection
Sourcing: sourcing; candidate sourcing; talent sourcing
Boolean Search: boolean search; boolean strings; boolean sourcing; x-ray search
Structured Interviewing: structured interviewing; structured interviews; interview kits; competency-based interviewing; competency based interviews
Employer Branding: employer branding; employer brand
Salary Benchmarking: salary benchmarking; compensation benchmarking; pay benchmarking
Offer Negotiation: offer negotiation; offer negotiations
Candidate Experience: candidate experience
Workforce Planning: workforce planning; headcount planning
Right-to-Work Checks: right-to-work checks; right to work checks; =DBS checks; background checks; pre-employment screening
LinkedIn Recruiter: linkedin recruiter
Greenhouse: =Greenhouse
Lever: =Lever
Workable: =Workable
SmartRecruiters: smartrecruiters
iCIMS: icims
Bullhorn: bullhorn; bullhorn ats
Credential Verification: credential verification; credentials verification; licence verification; license verification; credentialing
Nursys: nursys
Jobvite: jobvite
Taleo: taleo
=ATS: =ATS; applicant tracking system; applicant tracking systems
# HR
HR Administration: hr administration; personnel administration
Employee Relations: employee relations; =ER casework
Performance Management: performance management; performance reviews
Compensation and Benefits: compensation and benefits; =C&B; benefits administration; reward management
Learning and Development: learning and development; =L&D; training needs analysis
Succession Planning: succession planning
HR Policy: hr policies; policy development; employment law; labour law; labor law
Disciplinary and Grievance: disciplinary and grievance; grievances; disciplinaries
Change Management: change management
Organisational Design: organisational design; organizational design; org design
Diversity and Inclusion: diversity and inclusion; =DEI; =D&I; diversity, equity and inclusion
HR Analytics: hr analytics; people analytics
HRIS: =HRIS; =HRIS systems
Workday: workday hcm; =Workday
BambooHR: bamboohr
SuccessFactors: successfactors
Personio: personio
Sage HR: sage hr; sage people
ADP: =ADP
Rippling: rippling
HiBob: hibob
CIPD: =CIPD
SHRM-CP: =SHRM-CP; =SHRM-SCP; =SHRM
PHR: =PHR; =SPHR
# teaching
Lesson Planning: lesson planning; lesson plans; planning lessons
Curriculum Design: curriculum design
Curriculum Development: curriculum development; scheme of work; schemes of work
Classroom Management: classroom management; behaviour management; behavior management
Differentiated Instruction: differentiated instruction; differentiated learning; differentiated teaching
Formative Assessment: formative assessment; assessment for learning
Special Educational Needs: special educational needs; =SEN; =SEND; special education; =IEP; =IEPs; individualized education programs
Literacy Instruction: literacy instruction; literacy; early literacy; guided reading
Numeracy Instruction: numeracy instruction; numeracy
Phonics: phonics; synthetic phonics; read write inc.; read write inc
Outdoor Learning: outdoor learning; forest school
=EAL: =EAL; =ESL; =ELL; english as an additional language; english as a second language
=TEFL: =TEFL; =TESOL; =CELTA; =DELTA
=PGCE: =PGCE
=QTS: =QTS; qualified teacher status
GTCS Registration: =GTCS; =GTCS registration; gtcs registered
Teaching Licence: teaching licence; teaching license; teaching credential; state teaching certification
Curriculum for Excellence: curriculum for excellence
National Curriculum: national curriculum
Common Core: common core
International Baccalaureate: =IB diploma programme; =IB curriculum; =IB PYP; =IB MYP; international baccalaureate curriculum
Early Years Foundation Stage: =EYFS; early years foundation stage
Montessori: montessori
Makaton: makaton
British Sign Language: british sign language; =BSL
Google Classroom: google classroom
Seesaw: =Seesaw
Canvas LMS: canvas lms; =Canvas
Moodle: moodle
Blackboard: blackboard learn
Microsoft Teams for Education: teams for education
Safeguarding: safeguarding; child protection
Instructional Design: instructional design; e-learning design; elearning
Articulate Storyline: articulate storyline; articulate 360; =Storyline
Tutoring: one-to-one tutoring; private tutoring; tutoring sessions
Exam Preparation: exam preparation; =GCSE; =A-level; =SAT prep
STEM Teaching: =STEM teaching
"""
