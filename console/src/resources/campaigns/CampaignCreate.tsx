// A new OTA campaign: a release, the screens (a group or a registry query), the
// waves as cumulative percentages, the install window, the canary, and whether
// it starts at once. The hub checks the rest (the release's models, signature).
import { BooleanInput, Create, FormDataConsumer, maxLength, RadioButtonGroupInput, ReferenceInput, regex, required, SelectInput, SimpleForm, TextInput, AutocompleteInput } from 'react-admin';
import { useLabelledChoices } from '../../common/LabelField';

const WAVES = /^\s*\d{1,3}(\s*[,，]\s*\d{1,3})*\s*$/;

interface CampaignForm {
  name: string;
  releaseId: string;
  targetBy: 'group' | 'query';
  groupId?: string;
  query?: string;
  waves?: string;
  installWindow: string;
  healthCheck: boolean;
  autoRollback: boolean;
  start: boolean;
}

/** The form's values as the hub's body: one target, the waves as numbers. */
const toBody = (v: CampaignForm) => ({
  name: v.name,
  releaseId: v.releaseId,
  target: v.targetBy === 'group' ? { groupId: v.groupId } : { query: v.query },
  ...(v.waves ? { waves: v.waves.split(/[,，]/).map((w) => Number(w.trim())) } : {}),
  installWindow: v.installWindow,
  healthCheck: v.healthCheck,
  autoRollback: v.autoRollback,
  start: v.start,
});

export function CampaignCreate() {
  const targets = useLabelledChoices(['group', 'query'], 'hub.campaign.target_by');
  const windows = useLabelledChoices(['outside_trading_hours', 'any'], 'hub.campaign.install_window');
  return (
    <Create redirect="show" transform={(values: CampaignForm) => toBody(values)}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur" defaultValues={{ targetBy: 'group', waves: '1, 10, 50, 100', installWindow: 'outside_trading_hours', healthCheck: true, autoRollback: false, start: false }}>
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <ReferenceInput source="releaseId" reference="releases" sort={{ field: 'createdAt', order: 'DESC' }}>
          <SelectInput optionText="version" validate={required()} />
        </ReferenceInput>
        <RadioButtonGroupInput source="targetBy" choices={targets} />
        <FormDataConsumer<CampaignForm>>
          {({ formData }) => formData.targetBy === 'group' ? (
            <ReferenceInput source="groupId" reference="groups" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" validate={required()} />
            </ReferenceInput>
          ) : (
            <TextInput source="query" validate={[required(), maxLength(4000)]} fullWidth helperText='model = "P30" and city = "杭州"' />
          )}
        </FormDataConsumer>
        <TextInput source="waves" validate={regex(WAVES, 'hub.campaign.waves_format')} helperText="hub.campaign.waves_help" />
        <SelectInput source="installWindow" choices={windows} validate={required()} />
        <BooleanInput source="healthCheck" />
        <BooleanInput source="autoRollback" />
        <BooleanInput source="start" />
      </SimpleForm>
    </Create>
  );
}
