import RuleIcon from '@mui/icons-material/Rule';
import { AlertRuleCreate } from './AlertRuleCreate';
import { AlertRuleEdit } from './AlertRuleEdit';
import { AlertRuleList } from './AlertRuleList';

export default { list: AlertRuleList, create: AlertRuleCreate, edit: AlertRuleEdit, icon: RuleIcon, recordRepresentation: 'name' };
